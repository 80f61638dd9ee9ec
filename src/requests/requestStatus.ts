// The staff statuses of a request and what the family hears for each (nieuw → opgepakt → in contact → afgerond, doorverwezen, ingetrokken).
import type { RequestProgress } from './types';

export const REQUEST_STATUSES = ['new', 'claimed', 'in_contact', 'closed', 'referred', 'withdrawn'] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

/** Statuses staff set by hand after claiming ("Oppakken" sets claimed). */
export const STAFF_STATUSES = ['in_contact', 'closed', 'referred'] as const;
export type StaffStatus = (typeof STAFF_STATUSES)[number];

/** A request in one of these is finished: retention counts from the moment it got there. */
export const CLOSED_STATUSES: readonly RequestStatus[] = ['closed', 'referred', 'withdrawn'];

export const OPEN_FOR_STATUS: readonly RequestStatus[] = ['claimed', 'in_contact'];

export const PROGRESS: Record<RequestStatus, RequestProgress> = {
  new: 'received',
  claimed: 'picked_up',
  in_contact: 'in_contact',
  closed: 'closed',
  referred: 'referred',
  withdrawn: 'withdrawn',
};

export const AGE_BANDS = { '0-4': [0, 4], '5-11': [5, 11], '12-17': [12, 17], '18-23': [18, 30] } as const;
export type AgeBand = keyof typeof AGE_BANDS;
