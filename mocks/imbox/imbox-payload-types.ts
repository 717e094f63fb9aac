/**
 * ImBox's payload rows as the emulation sends them, field for field as in docs/vendor-api/imbox-chat-api.txt.
 * Declared here rather than borrowed from the adapter's schemas: the emulation stands for the vendor, and
 * must not bend to what the adapter happens to accept.
 */

export type ListedConversationRecord = { sid: number; conversationID: string; date: string };

export type StatisticsRecord = {
  channel: string;
  agentName: string | null;
  agentEmail: string | null;
  referral: string;
  searchEngine: string;
  exitPage: string;
  browser: string;
  os: string;
  city: string;
  country: string;
  labels: string[];
  tags: string[];
  /** Milliseconds. */
  duration: number | null;
  rating: number | null;
  /** Milliseconds. */
  responseTime: number | null;
  startedAt: string;
};

export type MessageRecord = {
  id: number;
  sid: number;
  conversationID: string;
  from: string;
  message: string;
  date: string;
  agentID: number | null;
};

export type VisitorInfoRecord = {
  trafficType: string;
  se_type: string;
  sid: number;
  conversationID: string;
  last_visit: string;
  browser: string;
  os: string;
  user_city: string;
  user_country: string;
  exitPage: string;
};

export type VisitorTagRecord = {
  sid: number;
  conversationID: string;
  createdDate: string;
  tag: string;
  type: 0 | 1;
};

export type VisitorLabelRecord = { conversationID: string; createdDate: string; label: string };

export type VisitorCardRecord = {
  dataID: string;
  data: string;
  sid: number;
  conversationID: string;
  createdDate: string;
  updatedDate: string;
};

export type AgentRecord = {
  agentID: number;
  sid: number;
  agentName: string;
  agentEmail: string;
  agentPicture: string;
  agentLastActive: string;
  department: string;
  isBackOffice: '0' | '1';
  groups: string;
};

export type PageFilterRecord = {
  id: number;
  sid: number;
  searchFilter: string;
  searchName: string;
  matchType: 'like';
};
