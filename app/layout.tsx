import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";
import { SlashFocus } from "@/components/slash-focus";
import { siteUrl } from "@/lib/web/urls";
import "./globals.css";

export const metadata: Metadata = {
  metadataBase: siteUrl(),
  title: { default: "政策文章检索", template: "%s · 政策文章检索" },
  description: "检索与阅读政策理论文章：按段落检索、按作者与主题浏览、分享段落链接。",
  openGraph: { siteName: "政策文章检索", locale: "zh_CN" },
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="zh-CN">
      <body className="bg-white text-stone-900">
        <SiteHeader />
        <main id="main" tabIndex={-1} className="mx-auto max-w-4xl px-4 py-6 focus:outline-none">
          {children}
        </main>
        <SiteFooter />
        <SlashFocus />
      </body>
    </html>
  );
}
