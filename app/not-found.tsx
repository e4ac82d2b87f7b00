import Link from "next/link";

export default function NotFound() {
  return (
    <>
      <h1 className="mb-4 text-2xl font-semibold">页面不存在</h1>
      <p className="mb-4">您要找的文章或页面不存在，可能是链接有误或已更改。</p>
      <p>
        <Link href="/essays" className="text-blue-800 underline">
          查看全部文章
        </Link>
        　或　
        <Link href="/" className="text-blue-800 underline">
          返回首页
        </Link>
      </p>
    </>
  );
}
