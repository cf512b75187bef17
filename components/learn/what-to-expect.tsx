import { BulletList, LearnSection } from "./learn-section";

export function WhatToExpect() {
  return (
    <LearnSection id="what-to-expect">
      <p>
        LDN works gradually. Some people notice small changes early on, but many need about{" "}
        <strong>8 to 12 weeks</strong> before they can tell whether it is helping — and some need
        longer. Part of the reason is that the dose is raised slowly at the start.
      </p>
      <p>
        Improvement often comes in waves rather than in a straight line. You might have a better
        week, then a harder one, then a longer stretch of better days. Writing down a simple score
        for your pain, energy, sleep and mood each week makes the overall trend easier to see for
        you and your doctor.
      </p>
      <p>It also helps to know what LDN is not:</p>
      <BulletList>
        <li>
          <strong>It is not a painkiller.</strong> It will not dull pain an hour after you take it.
        </li>
        <li>
          <strong>It is not a steroid.</strong> It does not shut the immune system down.
        </li>
        <li>
          <strong>It is not a quick fix.</strong> It asks for patience, and it does not work for
          everyone.
        </li>
      </BulletList>
    </LearnSection>
  );
}
