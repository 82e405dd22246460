import type { TokenResponse } from '../../../shared/wire';
import type { Db } from '../db/types';
import type { BankClient } from './bankClient';
import { BankError } from './bankClient';
import { deleteSyncState, readSyncState, writeSyncState } from '../db/syncState';

/** Refresh a little before the bank would refuse the token. */
const EXPIRY_SKEW_MS = 30_000;

/**
 * Holds the bank tokens of a session. The refresh token is kept in the encrypted book, so a
 * restart resumes syncing without the password. After an offline unlock that had no usable
 * refresh token (the RM signed out last time), the unlock password is held in memory only until
 * the bank is reachable, used for one sign-in, and forgotten.
 */
export class TokenKeeper {
  private access: { token: string; expiresAt: number } | null = null;
  private refreshing: Promise<string> | null = null;
  private signInOnce: (() => Promise<TokenResponse>) | null = null;

  constructor(
    private readonly bank: BankClient,
    private readonly db: Db,
    private readonly now: () => Date,
  ) {}

  /** Store a fresh login or refresh answer. */
  accept(tokens: TokenResponse): void {
    this.access = { token: tokens.accessToken, expiresAt: this.now().getTime() + tokens.expiresIn * 1000 };
    writeSyncState(this.db, 'refresh_token', tokens.refreshToken);
  }

  /** A valid access token, refreshing it when it is missing or about to expire. */
  async accessToken(): Promise<string> {
    if (this.access && this.access.expiresAt - EXPIRY_SKEW_MS > this.now().getTime()) return this.access.token;
    this.refreshing ??= this.refresh().finally(() => {
      this.refreshing = null;
    });
    return this.refreshing;
  }

  /** For an offline unlock: how to sign in to the bank when it is back, if a refresh cannot. */
  signInWhenReachable(signIn: () => Promise<TokenResponse>): void {
    this.signInOnce = signIn;
  }

  /** The bank said 401 to a token we thought valid: forget it so the next call refreshes. */
  invalidate(): void {
    this.access = null;
  }

  /** Forget everything, on logout. */
  clear(): void {
    this.access = null;
    this.signInOnce = null;
    deleteSyncState(this.db, 'refresh_token');
  }

  private async refresh(): Promise<string> {
    const refreshToken = readSyncState(this.db, 'refresh_token');
    let tokens: TokenResponse;
    try {
      if (refreshToken === null) throw new BankError('unauthorized', 'No bank session: sign in again while connected.');
      tokens = await this.bank.refresh(refreshToken);
    } catch (error) {
      const signIn = this.signInOnce;
      if (!(error instanceof BankError) || error.kind !== 'unauthorized' || !signIn) throw error;
      tokens = await signIn();
      this.signInOnce = null;
    }
    this.accept(tokens);
    return tokens.accessToken;
  }
}
