// The family's side: where a request stands (with proof when named by reference, wrong tries throttled) and withdrawing it.
import type { AuditLog } from './auditLog';
import type { DbThrottle } from './dbThrottle';
import type { RequestRepository } from './requestRepository';
import { PROGRESS } from './requestStatus';
import type { RequestWorkflow } from './requestWorkflow';
import type { StoredRequest } from './storedRequest';
import type { RequestStatusView, RequestTracker, WithdrawResult } from './types';

const HOUR_MS = 60 * 60 * 1000;
/** Wrong proofs allowed per reference per hour, and over all references per hour (against trying many numbers). */
export const PROOF_LIMITS = { perReference: 5, overall: 200 } as const;

const FAMILY = { actor: 'family', via: 'family' } as const;

const view = (r: StoredRequest): RequestStatusView => ({ reference: r.reference, teamId: r.teamId, progress: PROGRESS[r.status], createdAt: r.createdAt });

const normalise = (reference: string) => reference.trim().toUpperCase();

/** The last four digits of the phone number, or the whole e-mail address (case does not count). */
export function proofMatches(request: StoredRequest, proof: string): boolean {
  const given = proof.trim().toLowerCase();
  if (/^\d{4}$/.test(given)) return !!request.draft.phone && request.draft.phone.replace(/\D/g, '').endsWith(given);
  return !!request.draft.email && request.draft.email.toLowerCase() === given;
}

export class RequestTracking implements RequestTracker {
  constructor(
    private readonly requests: RequestRepository,
    private readonly workflow: RequestWorkflow,
    private readonly audit: AuditLog,
    private readonly throttle: DbThrottle,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async status(reference: string): Promise<RequestStatusView | undefined> {
    const request = await this.requests.byReference(normalise(reference));
    if (request) await this.audit.write({ ...FAMILY, action: 'family_status', reference: request.reference, teamId: request.teamId });
    return request && view(request);
  }

  async statusWithProof(reference: string, proof: string, now: Date = this.clock()): Promise<RequestStatusView | undefined> {
    const ref = normalise(reference);
    const [perReference, overall] = await Promise.all([
      this.throttle.count('status_proof', ref, HOUR_MS, now),
      this.throttle.count('status_proof_all', '*', HOUR_MS, now),
    ]);
    if (perReference >= PROOF_LIMITS.perReference || overall >= PROOF_LIMITS.overall) return undefined;
    const request = await this.requests.byReference(ref);
    if (!request || !proofMatches(request, proof)) {
      await this.throttle.hit('status_proof', ref, now);
      await this.throttle.hit('status_proof_all', '*', now);
      return undefined;
    }
    await this.audit.write({ ...FAMILY, action: 'family_status', reference: request.reference, teamId: request.teamId, detail: { proof: true } });
    return view(request);
  }

  withdraw(reference: string): Promise<WithdrawResult> {
    return this.workflow.withdraw(normalise(reference), FAMILY);
  }
}
