/**
 * A case as SnapEngage's Integration API posts it (docs/vendor-api/snapengage-integration-post-api.txt),
 * field for field and in the documented order, and the Logs API's copy of it, which also carries the survey
 * and the answering agent (fields seen in public Logs API clients).
 */
export type IntegrationTranscriptEntry = {
  /** "" for the visitor, the agent's login for an agent. */
  id: string;
  date: string;
  date_seconds: number;
  date_milliseconds: number;
  alias: string;
  message: string;
  translations: Record<string, string>;
  sender: 'VISITOR' | 'AGENT';
};

export type NameValue = { name: string; value: string };

export type IntegrationCase = {
  id: string;
  widget_id: string;
  url: string;
  type: 'chat' | 'offline';
  requested_by: string;
  requester_details: {
    name: string;
    emails: string[];
    name_profile_link: string;
    phones: string[];
    address: string;
    address_2: string;
    city: string;
    state: string;
    zip: string;
    country: string;
    company_name: string;
    company_profile_link: string;
    employees: string;
    revenue: string;
    title: string;
    website: string;
    social_profile_links: string[];
    gender: string;
    age: number | null;
    influencer_score: string;
    notes: string;
    industry: string;
    avatars: string[];
    other_data: unknown[];
  };
  description: string;
  created_at_date: string;
  created_at_seconds: number;
  created_at_milliseconds: number;
  proactive_chat: boolean;
  page_url: string;
  referrer_url: string;
  entry_url: string;
  ip_address: string;
  user_agent: string;
  browser: string;
  os: string;
  country_code: string;
  country: string;
  region: string;
  city: string;
  latitude: number;
  longitude: number;
  /** 1 offline, 2 chat, 3 proactive chat. */
  source_id: 1 | 2 | 3;
  chat_waittime: number;
  chat_duration: number;
  chat_ended_by: string;
  language_code: string;
  transcripts: IntegrationTranscriptEntry[];
  javascript_variables: NameValue[];
  operator_variables: NameValue[];
  labels: NameValue[];
};

export type LogsCase = IntegrationCase & {
  chat_agent_id: string;
  chat_agent_alias: string;
  survey_score: number | null;
  survey_comments: string;
};
