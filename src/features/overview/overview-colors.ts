import type { VendorId } from '../../model/conversation';
import type { RatingBucket } from './aggregate-overview';

/** Distinct at a glance and for common colour blindness (Okabe–Ito), dark enough on white. */
export const vendorColors: Readonly<Record<VendorId, string>> = {
  socialintents: '#0072B2',
  livechat: '#E69F00',
  imbox: '#009E73',
  snapengage: '#CC79A7',
};

export const ratingColors: Readonly<Record<RatingBucket, string>> = {
  good: '#15803d',
  neutral: '#64748b',
  bad: '#b91c1c',
  unrated: '#cbd5e1',
};

export const ratingLabels: Readonly<Record<RatingBucket, string>> = {
  good: 'Good',
  neutral: 'Neutral',
  bad: 'Bad',
  unrated: 'Unrated',
};
