import { ReportPageSkeleton } from "@/components/ui/page-skeleton";

export default function Loading() {
  return <ReportPageSkeleton />;
}
