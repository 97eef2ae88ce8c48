import { NotFoundContent } from "@/components/app-shell/not-found-content";

/** Inside the signed-in frame, so navigation stays at hand. */
export default function AppNotFound() {
  return (
    <div className="flex justify-center py-10">
      <NotFoundContent />
    </div>
  );
}
