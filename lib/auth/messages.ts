// Fixed texts of the sign-in flow, shared by the server (which returns them) and tests. The same
// message for a wrong password, an unknown email, a deactivated account and a lock, so the page
// never tells a guesser which emails belong to staff.
export const SIGN_IN_ERROR =
  "Email or password is incorrect, or the account is temporarily locked. Try again later.";

export const MFA_CODE_ERROR =
  "The authentication code is not valid, or the account is temporarily locked. Try again later.";
