import { redirect } from "next/navigation";
import { currentAuth } from "@/lib/server/auth/page-auth";

export const dynamic = "force-dynamic";

export default async function Home() {
  redirect((await currentAuth()) ? "/dashboard" : "/sign-in");
}
