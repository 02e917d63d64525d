"use client";

import { Button as AriaButton, type ButtonProps as AriaButtonProps } from "react-aria-components";

export type ButtonVariant = "primary" | "secondary" | "quiet" | "on-dark";

export interface ButtonProps extends Omit<AriaButtonProps, "className"> {
  variant?: ButtonVariant;
  className?: string;
}

/** Our button: react-aria's press, focus and keyboard handling, our look. */
export function Button({ variant = "primary", className, ...props }: ButtonProps) {
  return (
    <AriaButton
      {...props}
      className={["button", `button--${variant}`, className].filter(Boolean).join(" ")}
    />
  );
}
