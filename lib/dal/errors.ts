// Outcomes the data layer reports without knowing about HTTP; lib/http/errors maps them.

export class UnauthenticatedError extends Error {
  constructor() {
    super("Sign in to continue.");
  }
}

export class ForbiddenError extends Error {
  constructor() {
    super("You do not have permission to do this.");
  }
}

export class NotFoundError extends Error {
  constructor(what = "Not found") {
    super(what);
  }
}

export class ConflictError extends Error {}

export class ValidationError extends Error {
  constructor(readonly fields: Record<string, string>) {
    super("Some fields need attention.");
  }
}
