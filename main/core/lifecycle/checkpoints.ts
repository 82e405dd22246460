/**
 * Named points in the sync path where the crash-safety tests kill the process (SIGKILL) to prove
 * that nothing saved is lost and nothing is sent twice. In the app the hook is absent.
 */
export type CheckpointName = 'local-commit' | 'push-response' | 'pull-page-mid';
export type Checkpoint = (name: CheckpointName) => void;
