import type { Metadata } from "next";
import type { ReactNode } from "react";
import { SiteHeader } from "@/components/site-header";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "政策文章检索", template: "%s · 政策文章检索" },
  description: "检索与阅读政策理论文章：按段落检索、按作者与主题浏览、分享段落链接。",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="zh-CN">
      <body className="bg-white text-stone-900">
        <SiteHeader />
        <main id="main" className="mx-auto max-w-3xl px-4 py-6">
          {children}
        </main>
      </body>
    </html>
  );
}
