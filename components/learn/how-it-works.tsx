import { LearnSection, SubHeading } from "./learn-section";

export function HowItWorks() {
  return (
    <LearnSection id="how-it-works">
      <p>
        Researchers think LDN helps in two different ways. Both ideas are backed by laboratory and
        early clinical research, and both are still being studied.
      </p>

      <SubHeading>1. A short pause that nudges the body to make more endorphins</SubHeading>
      <p>
        Your body makes its own pain-easing, mood-lifting chemicals called endorphins and
        enkephalins. One of them, sometimes called opioid growth factor (OGF), also helps control
        how cells grow and how the immune system behaves. These chemicals work by attaching to
        opioid receptors.
      </p>
      <p>
        A low dose of naltrexone blocks some of those receptors for just a few hours. The body
        notices the short gap and responds: it makes more of its own endorphins and adds more
        receptors to catch them. Scientists call this second change <em>upregulation</em>. When the
        dose wears off a few hours later, the extra endorphins and receptors are thought to stay
        around, easing pain and helping to steady the immune system.
      </p>

      <SubHeading>2. Calming overactive immune cells in the brain and spinal cord</SubHeading>
      <p>
        The second effect has nothing to do with opioid receptors. The brain and spinal cord have
        their own immune cells, called <strong>microglia</strong>. Their job is to guard the nervous
        system. But sometimes they stay switched on for too long. Overactive microglia keep
        releasing inflammatory signals, such as:
      </p>
      <ul className="list-disc space-y-1 pl-5">
        <li>TNF-α (tumor necrosis factor alpha)</li>
        <li>IL-1β and IL-6 (two interleukins, messenger proteins of the immune system)</li>
        <li>nitric oxide</li>
      </ul>
      <p>
        This slow, ongoing inflammation inside the nervous system is called{" "}
        <strong>neuroinflammation</strong>. It is thought to add to pain, tiredness, poor sleep and
        “brain fog”. LDN blocks a sensor on microglia called Toll-like receptor 4 (TLR4), which
        works a bit like an alarm switch. Quieting that switch is thought to calm the microglia and
        lower neuroinflammation.
      </p>
    </LearnSection>
  );
}
