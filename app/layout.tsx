import type { Metadata, Viewport } from "next";
import { headers } from "next/headers";
import type { ReactNode } from "react";
import { Providers } from "@/components/providers";
import { THEME_SCRIPT } from "@/components/theme/theme-script";
import { ThemeSync } from "@/components/theme/theme-toggle";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "DumbAssets", template: "%s · DumbAssets" },
  description: "Keep track of what your household owns: assets, warranties, receipts and manuals.",
  applicationName: "DumbAssets",
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  viewportFit: "cover",
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#f8fafc" },
    { media: "(prefers-color-scheme: dark)", color: "#0b1120" },
  ],
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // proxy.ts names this nonce in the page's Content-Security-Policy; reading it also
  // renders every page per request, which a fresh nonce requires.
  const nonce = (await headers()).get("x-nonce") ?? undefined;
  return (
    // The theme script sets the `dark` class before hydration; React must not undo it.
    <html lang="en" suppressHydrationWarning>
      <head>
        <script nonce={nonce} dangerouslySetInnerHTML={{ __html: THEME_SCRIPT }} />
      </head>
      <body className="min-h-dvh">
        <ThemeSync />
        <Providers>{children}</Providers>
      </body>
    </html>
  );
}
