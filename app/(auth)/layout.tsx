import type { ReactNode } from "react";
import { redirect } from "next/navigation";
import { Logo } from "@/components/app-shell/logo";
import { ThemeToggle } from "@/components/theme/theme-toggle";
import { currentAuth } from "@/lib/server/auth/page-auth";

export const dynamic = "force-dynamic";

export default async function AuthLayout({ children }: { children: ReactNode }) {
  if (await currentAuth()) redirect("/dashboard");
  return (
    <div className="flex min-h-dvh flex-col">
      <header className="flex items-center justify-between px-4 py-4 sm:px-6">
        <Logo />
        <ThemeToggle compact />
      </header>
      <main id="main" className="flex flex-1 items-start justify-center px-4 pt-6 pb-16 sm:items-center sm:pt-0">
        <div className="w-full max-w-md">{children}</div>
      </main>
    </div>
  );
}
