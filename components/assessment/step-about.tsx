"use client";

import { ChoiceField, SelectField, TextField } from "./fields";

export function StepAbout() {
  return (
    <div className="space-y-6">
      <div className="grid gap-6 sm:grid-cols-2">
        <TextField name="about.firstName" autoComplete="given-name" />
        <TextField name="about.lastName" autoComplete="family-name" />
      </div>
      <TextField
        name="about.email"
        type="email"
        autoComplete="email"
        spellCheck={false}
        hint="We email you when the physician's reply is ready. The email never contains your medical details."
      />
      <TextField name="about.phone" type="tel" autoComplete="tel" />
      <TextField
        name="about.dateOfBirth"
        type="date"
        autoComplete="bday"
        className="sm:max-w-60"
        hint="This assessment is for adults 18 and older."
      />
      <SelectField
        name="about.state"
        placeholder="Choose your state"
        autoComplete="address-level1"
      />
      <ChoiceField
        name="about.inStateForVisit"
        inline
        hint="Telemedicine rules ask that you are physically in the state during a video visit."
      />
    </div>
  );
}
