export { AppUser, ROLES, type Role } from './app-user.entity.js';
export { AuthToken, AUTH_TOKEN_KINDS, type AuthTokenKind } from './auth-token.entity.js';
export { LoginAttempt, ATTEMPT_KINDS, type AttemptKind } from './login-attempt.entity.js';
export { OrganizationClaim, CLAIM_STATUSES, type ClaimStatus } from './organization-claim.entity.js';
export { OrganizationMember } from './organization-member.entity.js';
export { Session } from './session.entity.js';
