import Link from "next/link";

/** A count that opens the workers it counts; plain text where the list cannot show that set. */
export function CountLink({ text, href }: { text: string; href: string | null }) {
  return href ? (
    <Link href={href} className="text-link underline underline-offset-2 hover:text-foreground">
      {text}
    </Link>
  ) : (
    <>{text}</>
  );
}

/** Numbers line up on the right, in digits of equal width. */
export const numberCell = "text-right tabular-nums whitespace-nowrap";
