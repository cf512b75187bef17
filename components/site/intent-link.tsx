"use client";

import Link from "next/link";
import { useState, type ComponentProps } from "react";

/**
 * A `next/link` that prefetches its page only once the visitor shows intent — pointer over it,
 * keyboard focus on it, or a finger on it — not as soon as it scrolls into view. On the public
 * pages the default prefetch of every visible link fetched the wizard's code and three pages' data
 * while the page itself was still loading: on a phone that competed with the first paint and
 * tripled the main thread's blocking time, for navigations most visitors never make.
 */
export function IntentLink({
  onMouseEnter,
  onFocus,
  onTouchStart,
  ...props
}: Omit<ComponentProps<typeof Link>, "prefetch">) {
  const [wanted, setWanted] = useState(false);
  return (
    <Link
      {...props}
      prefetch={wanted ? null : false}
      onMouseEnter={(event) => {
        setWanted(true);
        onMouseEnter?.(event);
      }}
      onFocus={(event) => {
        setWanted(true);
        onFocus?.(event);
      }}
      onTouchStart={(event) => {
        setWanted(true);
        onTouchStart?.(event);
      }}
    />
  );
}
