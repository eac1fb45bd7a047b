import { RecordPageSkeleton } from "@/components/ui/page-skeleton";

export default function Loading() {
  return <RecordPageSkeleton />;
}
