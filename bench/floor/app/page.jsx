export default function Page() {
  return (
    <main>
      <p>
        Low-dose naltrexone is naltrexone taken at a fraction of the usual dose. This paragraph is
        the whole page: what any Next.js page costs before it does anything of its own.
      </p>
    </main>
  );
}
