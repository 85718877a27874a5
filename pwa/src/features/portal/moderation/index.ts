// The moderators' screens of the organisation portal (issue #5): the revision queue, a service's
// history with rollback, stale listings, reported problems, claims and inviting editors.
export { RevisionQueuePage } from './components/revision-queue-page';
export { HistoryPage } from './components/history-page';
export { StalePage } from './components/stale-page';
export { FeedbackQueuePage } from './components/feedback-queue-page';
export { ClaimsPage } from './components/claims-page';
export { InvitePage } from './components/invite-page';
