import { ListPageSkeleton } from "@/components/ui/page-skeleton";

export default function Loading() {
  return <ListPageSkeleton />;
}
