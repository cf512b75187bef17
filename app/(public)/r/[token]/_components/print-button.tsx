"use client";

import { Button } from "@/components/ui/button";

/** Opens the browser's print dialog; the page's print styles leave only the reply on paper. */
export function PrintButton() {
  return (
    <Button variant="secondary" data-print-hide="" onClick={() => window.print()}>
      Print this reply
    </Button>
  );
}
