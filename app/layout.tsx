import type { Metadata, Viewport } from "next";
import { practice } from "@/lib/config";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: practice.name, template: `%s · ${practice.name}` },
  description: `Low-dose naltrexone (LDN) education and a free mini-assessment from ${practice.name}.`,
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
