import type { ButtonHTMLAttributes, Ref } from "react";
import { Slot } from "@radix-ui/react-slot";
import { cn } from "@/lib/cn";

const variants = {
  primary: "bg-primary text-primary-foreground shadow-sm hover:bg-primary/90",
  secondary: "border border-input bg-card text-card-foreground shadow-sm hover:bg-accent",
  ghost: "text-foreground hover:bg-accent",
  destructive: "bg-destructive text-destructive-foreground shadow-sm hover:bg-destructive/90",
  link: "text-link underline-offset-4 hover:underline",
  /** One of a set of choices (language, theme, digits): aria-pressed marks the one in force. */
  toggle: "text-foreground hover:bg-accent aria-pressed:bg-foreground aria-pressed:text-background",
} as const;

const sizes = {
  default: "min-h-9 px-4 py-2",
  sm: "min-h-8 px-3 py-1",
  icon: "size-9",
  inline: "p-0",
} as const;

export type ButtonVariant = keyof typeof variants;
export type ButtonSize = keyof typeof sizes;

export type ButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & {
  variant?: ButtonVariant;
  size?: ButtonSize;
  /** Lends the button's look to its one child, a link most often. */
  asChild?: boolean;
  ref?: Ref<HTMLButtonElement>;
};

function buttonClasses(variant: ButtonVariant = "primary", size: ButtonSize = "default", className?: string) {
  return cn(
    "inline-flex items-center justify-center gap-2 rounded-md text-sm font-medium text-center transition-colors",
    "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring disabled:cursor-not-allowed disabled:opacity-60",
    variants[variant],
    sizes[size],
    className,
  );
}

export function Button({ variant = "primary", size = "default", asChild = false, className, type = "button", ...props }: ButtonProps) {
  const classes = buttonClasses(variant, size, className);
  if (asChild) return <Slot className={classes} {...props} />;
  return <button type={type} className={classes} {...props} />;
}
