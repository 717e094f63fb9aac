import { vendorLabel } from '../../model/vendor-descriptors';
import type { VendorAdapter } from '../types';
import { socialintentsListQuery } from './queries';

/** Social Intents: three lists that carry their messages, so no transcript query is needed. */
export const socialintentsAdapter: VendorAdapter = {
  id: 'socialintents',
  label: vendorLabel('socialintents'),
  listQuery: socialintentsListQuery,
};
