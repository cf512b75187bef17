// The framework's floor for bench:pages: a bare Next.js page built from the project's own `next`
// and `react`, with nothing of the app (no CSS, no fonts, no client components).
export const metadata = { title: "Floor", description: "A bare Next.js page." };

export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
