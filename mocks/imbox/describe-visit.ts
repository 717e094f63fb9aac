/**
 * What ImBox would have made of a visitor's user agent and referrer: it reports parsed pieces ("Chrome
 * 126.0", "Windows 10"; "Organic" + "Google") rather than the raw strings.
 */

export function browserOf(userAgent: string): string {
  const firefox = /Firefox\/([\d.]+)/.exec(userAgent);
  if (firefox) return `Firefox ${firefox[1]}`;
  const chrome = /Chrome\/([\d.]+)/.exec(userAgent);
  if (chrome) return `Chrome ${chrome[1]}`;
  const iphone = /iPhone OS (\d+)_(\d+)/.exec(userAgent);
  if (iphone) return `Mobile Safari ${iphone[1]}.${iphone[2]}`;
  const safari = /Version\/([\d.]+).*Safari/.exec(userAgent);
  if (safari) return `Safari ${safari[1]}`;
  return 'Other';
}

export function osOf(userAgent: string): string {
  const windows = /Windows NT ([\d.]+)/.exec(userAgent);
  if (windows) return windows[1] === '10.0' ? 'Windows 10' : `Windows NT ${windows[1]}`;
  const iphone = /iPhone OS (\d+)_(\d+)/.exec(userAgent);
  if (iphone) return `iOS ${iphone[1]}.${iphone[2]}`;
  const mac = /Mac OS X (\d+)_(\d+)/.exec(userAgent);
  if (mac) return `OS X ${mac[1]}.${mac[2]}`;
  if (/Linux/.test(userAgent)) return 'Linux';
  return 'Other';
}

/** docs: grabVisitorInfo `trafficType` "Direct|Organic|www.referral-domain.com", `se_type` for organic. */
export function trafficOf(referrer: string): { trafficType: string; searchEngine: string } {
  if (referrer === '') return { trafficType: 'Direct', searchEngine: '' };
  const host = new URL(referrer).hostname;
  if (host.endsWith('google.com')) return { trafficType: 'Organic', searchEngine: 'Google' };
  if (host.endsWith('bing.com')) return { trafficType: 'Organic', searchEngine: 'Bing' };
  return { trafficType: host, searchEngine: '' };
}
