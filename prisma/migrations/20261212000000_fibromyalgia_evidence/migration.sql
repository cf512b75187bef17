-- The fibromyalgia reply template's evidence sentence, brought up to date with the largest trial so
-- far (Bruun et al., Lancet Rheumatol 2024: LDN no better than placebo for pain). Only where the
-- template still holds the old seeded words and no physician has edited it: a physician's own
-- wording is theirs (lib/templates/defaults.ts has the same text for new installations).
UPDATE "reply_template"
SET "benefits" = 'Small early studies in fibromyalgia found that some people had less pain and better mood on LDN. '
    || 'But the largest trial so far (99 women, 2024) found LDN no better than a placebo for pain. Some people '
    || 'with fibromyalgia still feel better on it, so we would treat it as a trial that may help you, not '
    || 'a treatment we expect to work.',
    "updated_at" = CURRENT_TIMESTAMP
WHERE "key" = 'fibromyalgia'
  AND "updated_by_id" IS NULL
  AND "benefits" = 'Small clinical trials in fibromyalgia found that some people had less pain and better mood and general '
    || 'well-being on LDN. Results vary from person to person, and a larger recent trial found a smaller effect, '
    || 'so we would treat it as a trial that may help rather than a sure thing.';
