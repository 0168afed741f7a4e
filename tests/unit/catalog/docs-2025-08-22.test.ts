// Every permission group of Cloudflare's "API token permissions" page, as of its copy dated
// 2025-08-22 (developers.cloudflare.com/fundamentals/api/reference/permissions/, lastUpdated
// 2025-08-22T14:24:45Z), resolves to a known group of the right scope, by its API name (API tab)
// and by its dashboard name (Dashboard tab).
import { describe, expect, it } from 'vitest';
import { lookupPermission } from '../../../lib/catalog';
import type { Scope } from '../../../lib/catalog';

const USER = ['API Tokens Read', 'API Tokens Write', 'Memberships Read', 'Memberships Write', 'User Details Read', 'User Details Write'];
const USER_DASH = ['API Tokens Read', 'API Tokens Edit', 'Memberships Read', 'Memberships Edit', 'User Details Read', 'User Details Edit'];

const ACCOUNT = [
  'Access: Apps and Policies Read', 'Access: Apps and Policies Revoke', 'Access: Apps and Policies Write', 'Access: Audit Logs Read',
  'Access: Custom Pages Read', 'Access: Custom Pages Write', 'Access: Device Posture Read', 'Access: Device Posture Write',
  'Access: Mutual TLS Certificates Read', 'Access: Mutual TLS Certificates Write',
  'Access: Organizations, Identity Providers, and Groups Read', 'Access: Organizations, Identity Providers, and Groups Revoke',
  'Access: Organizations, Identity Providers, and Groups Write', 'Access: Service Tokens Read', 'Access: Service Tokens Write',
  'Access: SSH Auditing Read', 'Access: SSH Auditing Write', 'Account Analytics Read', 'Account Custom Pages Read', 'Account Custom Pages Write',
  'Account Rule Lists Read', 'Account Rule Lists Write', 'Account Firewall Access Rules Read', 'Account Firewall Access Rules Write',
  'Account Rulesets Read', 'Account Rulesets Write', 'Account Security Center Insights', 'Account Security Center Insights Write',
  'Account Settings Read', 'Account Settings Write', 'Account: SSL and Certificates Read', 'Account: SSL and Certificates Write',
  'Account WAF Read', 'Account WAF Write', 'Address Maps Write', 'Address Maps Read', 'Allow Request Tracer Read',
  'Account API Gateway Read', 'Account API Gateway Write', 'Billing Read', 'Billing Write', 'Mass URL Redirects Read', 'Mass URL Redirects Write',
  'China Network Steering Read', 'China Network Steering Write', 'Cloudchamber Read', 'Cloudchamber Write', 'Realtime Read', 'Realtime Write',
  'Cloudflare CASB Read', 'Cloudflare CASB Write', 'Cloudflare DEX Read', 'Cloudflare DEX Write', 'Images Read', 'Images Write',
  'Cloudflare One Connector: cloudflared Read', 'Cloudflare One Connector: cloudflared Write', 'Cloudflare One Connector: WARP Read',
  'Cloudflare One Connector: WARP Write', 'Cloudflare One Connectors Read', 'Cloudflare One Connectors Write', 'Cloudflare One Networks Read',
  'Cloudflare One Networks Write', 'Pages Read', 'Pages Write', 'Cloudflare Tunnel Read', 'Cloudflare Tunnel Write', 'Cloudforce One Read',
  'Cloudforce One Write', 'Cloud Email Security: Read', 'Cloud Email Security: Write', 'Constellation Read', 'Constellation Write',
  'Containers Read', 'Containers Write', 'D1 Read', 'D1 Write', 'DDoS Botnet Feed Read', 'DDoS Botnet Feed Write', 'DDoS Protection Read',
  'DDoS Protection Write', 'DNS Firewall Read', 'DNS Firewall Write', 'Email Routing Addresses Read', 'Email Routing Addresses Write',
  'Hyperdrive Read', 'Hyperdrive Write', 'Intel Read', 'Intel Write', 'Integration Write', 'IOT Read', 'IOT Write', 'IP Prefixes: Read',
  'IP Prefixes: Write', 'IP Prefixes: BGP On Demand Read', 'IP Prefixes: BGP On Demand Write', 'L4 DDoS Managed Ruleset Read',
  'L4 DDoS Managed Ruleset Write', 'Load Balancing: Monitors and Pools Read', 'Load Balancing: Monitors and Pools Write', 'Logs Read',
  'Logs Write', 'Magic Firewall Read', 'Magic Firewall Write', 'Magic Firewall Packet Captures - Read PCAPs API',
  'Magic Firewall Packet Captures - Write PCAPs API', 'Magic Network Monitoring Read', 'Magic Network Monitoring Write', 'Magic Transit Read',
  'Magic Transit Write', 'Notifications Read', 'Notifications Write', 'Page Shield Read', 'Page Shield Write', 'Pipelines Read',
  'Pipelines Write', 'Pubsub Configuration Read', 'Pubsub Configuration Write', 'Queues Read', 'Queues Write', 'Rule Policies Read',
  'Rule Policies Write', 'Stream Read', 'Stream Write', 'Transform Rules Read', 'Transform Rules Write', 'Turnstile Sites Read',
  'Turnstile Sites Write', 'URL Scanner Read', 'URL Scanner Write', 'Vectorize Read', 'Vectorize Write', 'Workers AI Read', 'Workers AI Write',
  'Workers CI Read', 'Workers CI Write', 'Workers KV Storage Read', 'Workers KV Storage Write', 'Workers R2 Storage Read',
  'Workers R2 Storage Write', 'Workers Scripts Read', 'Workers Scripts Write', 'Workers Tail Read', 'Zero Trust Read', 'Zero Trust Report',
  'Zero Trust Write', 'Zero Trust: PII Read', 'Zero Trust: Seats Write',
];
const ACCOUNT_DASH = [
  'Access: Apps and Policies Read', 'Access: Apps and Policies Revoke', 'Access: Apps and Policies Edit', 'Access: Audit Logs Read',
  'Access: Custom Pages Read', 'Access: Custom Pages Edit', 'Access: Device Posture Read', 'Access: Device Posture Edit',
  'Access: Mutual TLS Certificates Read', 'Access: Mutual TLS Certificates Edit',
  'Access: Organizations, Identity Providers, and Groups Read', 'Access: Organizations, Identity Providers, and Groups Revoke',
  'Access: Organizations, Identity Providers, and Groups Edit', 'Access: Service Tokens Read', 'Access: Service Tokens Edit',
  'Access: SSH Auditing Read', 'Access: SSH Auditing Edit', 'Account Analytics Read', 'Account Custom Pages Read', 'Account Custom Pages Edit',
  'Account Filter Lists Read', 'Account Filter Lists Edit', 'Account Firewall Access Rules Read', 'Account Firewall Access Rules Edit',
  'Account Rulesets Read', 'Account Rulesets Edit', 'Account Security Center Insights', 'Account Security Center Insights Edit',
  'Account Settings Read', 'Account Settings Edit', 'Account: SSL and Certificates Read', 'Account: SSL and Certificates Edit',
  'Account WAF Read', 'Account WAF Edit', 'Address Maps Edit', 'Address Maps Read', 'Allow Request Tracer Read', 'API Gateway Read',
  'API Gateway Edit', 'Billing Read', 'Billing Edit', 'Bulk URL Redirects Read', 'Bulk URL Redirects Edit', 'China Network Steering Read',
  'China Network Steering Edit', 'Cloudchamber Read', 'Cloudchamber Edit', 'Cloudflare Realtime Read', 'Cloudflare Realtime Edit',
  'Cloudflare CASB Read', 'Cloudflare CASB Edit', 'Cloudflare DEX Read', 'Cloudflare DEX Edit', 'Cloudflare Images Read',
  'Cloudflare Images Edit', 'Cloudflare One Connector: cloudflared Read', 'Cloudflare One Connector: cloudflared Edit',
  'Cloudflare One Connector: WARP Read', 'Cloudflare One Connector: WARP Edit', 'Cloudflare One Connectors Read',
  'Cloudflare One Connectors Edit', 'Cloudflare One Networks Read', 'Cloudflare One Networks Edit', 'Cloudflare Pages Read',
  'Cloudflare Pages Edit', 'Cloudflare Tunnel Read', 'Cloudflare Tunnel Edit', 'Cloudforce One Read', 'Cloudforce One Edit',
  'Email Security Read', 'Email Security Edit', 'Constellation Read', 'Constellation Edit', 'Containers Read', 'Containers Edit', 'D1 Read',
  'D1 Edit', 'DDoS Botnet Feed Read', 'DDoS Botnet Feed Edit', 'DDoS Protection Read', 'DDoS Protection Edit', 'DNS Firewall Read',
  'DNS Firewall Edit', 'Email Routing Addresses Read', 'Email Routing Addresses Edit', 'Hyperdrive Read', 'Hyperdrive Edit', 'Intel Read',
  'Intel Edit', 'Integration Edit', 'IOT Read', 'IOT Edit', 'IP Prefixes: Read', 'IP Prefixes: Edit', 'IP Prefixes: BGP On Demand Read',
  'IP Prefixes: BGP On Demand Edit', 'L3/4 DDoS Managed Ruleset Read', 'L3/4 DDoS Managed Ruleset Edit',
  'Load Balancing: Monitors and Pools Read', 'Load Balancing: Monitors and Pools Edit', 'Logs Read', 'Logs Edit', 'Magic Firewall Read',
  'Magic Firewall Edit', 'Magic Firewall Packet Captures Read', 'Magic Firewall Packet Captures Edit', 'Magic Network Monitoring Read',
  'Magic Network Monitoring Edit', 'Magic Transit Read', 'Magic Transit Edit', 'Notifications Read', 'Notifications Edit', 'Page Shield Read',
  'Page Shield Edit', 'Workers Pipelines Read', 'Workers Pipelines Edit', 'Pub/Sub Read', 'Pub/Sub Edit', 'Queues Read', 'Queues Edit',
  'Rule Policies Read', 'Rule Policies Edit', 'Stream Read', 'Stream Edit', 'Transform Rules Read', 'Transform Rules Edit', 'Turnstile Read',
  'Turnstile Edit', 'URL Scanner Read', 'URL Scanner Edit', 'Vectorize Read', 'Vectorize Edit', 'Workers AI Read', 'Workers AI Edit',
  'Workers CI Read', 'Workers CI Edit', 'Workers KV Storage Read', 'Workers KV Storage Edit', 'Workers R2 Storage Read',
  'Workers R2 Storage Edit', 'Workers Scripts Read', 'Workers Scripts Edit', 'Workers Tail Read', 'Zero Trust Read', 'Zero Trust Report',
  'Zero Trust Edit', 'Zero Trust: PII Read', 'Zero Trust: Seats Edit',
];

const ZONE = [
  'Access: Apps and Policies Read', 'Access: Apps and Policies Revoke', 'Access: Apps and Policies Write', 'Analytics Read',
  'Domain API Gateway Read', 'Domain API Gateway Write', 'Apps Write', 'Bot Management Read', 'Bot Management Write',
  'Bot Management Feedback Read', 'Bot Management Feedback Write', 'Cache Purge', 'Cache Settings Read', 'Cache Settings Write',
  'Cloud Connector Read', 'Cloud Connector Write', 'Config Settings Read', 'Config Settings Write', 'Custom Errors Read', 'Custom Errors Write',
  'Custom Pages Read', 'Custom Pages Write', 'Email Security DMARC Reports Read', 'Email Security DMARC Reports Write', 'DNS Read', 'DNS Write',
  'Email Routing Rules Read', 'Email Routing Rules Write', 'Firewall Services Read', 'Firewall Services Write', 'Health Checks Read',
  'Health Checks Write', 'HTTP DDoS Managed Ruleset Read', 'HTTP DDoS Managed Ruleset Write', 'Load Balancers Read', 'Load Balancers Write',
  'Logs Read', 'Logs Write', 'Managed headers Read', 'Managed headers Write', 'Origin Read', 'Origin Write', 'Page Rules Read',
  'Page Rules Write', 'Domain Page Shield Read', 'Domain Page Shield Write', 'Response Compression Read', 'Response Compression Write',
  'Sanitize Read', 'Sanitize Write', 'Dynamic URL Redirects Read', 'Dynamic URL Redirects Write', 'SSL and Certificates Read',
  'SSL and Certificates Write', 'Zone Transform Rules Read', 'Zone Transform Rules Write', 'Waiting Rooms Read', 'Waiting Rooms Write',
  'Web3 Hostnames Read', 'Web3 Hostnames Write', 'Workers Routes Read', 'Workers Routes Write', 'Zaraz Read', 'Zaraz Write', 'Zone Read',
  'Zone Write', 'Zone Settings Read', 'Zone Settings Write', 'Zone Versioning Read', 'Zone Versioning Write', 'Zone WAF Read', 'Zone WAF Write',
];
const ZONE_DASH = [
  'Access: Apps and Policies Read', 'Access: Apps and Policies Revoke', 'Access: Apps and Policies Edit', 'Analytics Read', 'API Gateway Read',
  'API Gateway Edit', 'Apps Edit', 'Bot Management Read', 'Bot Management Edit', 'Bot Management Feedback Read',
  'Bot Management Feedback Edit', 'Cache Purge', 'Cache Rules Read', 'Cache Rules Edit', 'Cloud Connector Read', 'Cloud Connector Edit',
  'Config Rules Read', 'Config Rules Edit', 'Custom Error Rules Read', 'Custom Error Rules Edit', 'Custom Pages Read', 'Custom Pages Edit',
  'Dmarc Management Read', 'Dmarc Management Edit', 'DNS Read', 'DNS Write', 'Email Routing Rules Read', 'Email Routing Rules Edit',
  'Firewall Services Read', 'Firewall Services Edit', 'Health Checks Read', 'Health Checks Edit', 'HTTP DDoS Managed Ruleset Read',
  'HTTP DDoS Managed Ruleset Edit', 'Load Balancers Read', 'Load Balancers Edit', 'Logs Read', 'Logs Edit', 'Managed Headers Read',
  'Managed Headers Edit', 'Origin Rules Read', 'Origin Rules Edit', 'Page Rules Read', 'Page Rules Edit', 'Page Shield Read', 'Page Shield Edit',
  'Response Compression Read', 'Response Compression Edit', 'Sanitize Read', 'Sanitize Edit', 'Single Redirect Read', 'Single Redirect Edit',
  'SSL and Certificates Read', 'SSL and Certificates Edit', 'Transform Rules Read', 'Transform Rules Edit', 'Waiting Room Read',
  'Waiting Room Edit', 'Web3 Hostnames Read', 'Web3 Hostnames Edit', 'Workers Routes Read', 'Workers Routes Edit', 'Zaraz Read', 'Zaraz Edit',
  'Zone Read', 'Zone Edit', 'Zone Settings Read', 'Zone Settings Edit', 'Zone Versioning Read', 'Zone Versioning Edit', 'Zone WAF Read',
  'Zone WAF Edit',
];

const TABLE: Array<[string, Scope, 'API' | 'Dashboard']> = [
  ...USER.map((n) => [n, 'user', 'API'] as [string, Scope, 'API']),
  ...USER_DASH.map((n) => [n, 'user', 'Dashboard'] as [string, Scope, 'Dashboard']),
  ...ACCOUNT.map((n) => [n, 'account', 'API'] as [string, Scope, 'API']),
  ...ACCOUNT_DASH.map((n) => [n, 'account', 'Dashboard'] as [string, Scope, 'Dashboard']),
  ...ZONE.map((n) => [n, 'zone', 'API'] as [string, Scope, 'API']),
  ...ZONE_DASH.map((n) => [n, 'zone', 'Dashboard'] as [string, Scope, 'Dashboard']),
];

describe('the docs page of 2025-08-22', () => {
  it('has the rows of the page (both tabs list the same groups)', () => {
    expect([USER.length, ACCOUNT.length, ZONE.length]).toEqual([6, 148, 72]);
    expect([USER_DASH.length, ACCOUNT_DASH.length, ZONE_DASH.length]).toEqual([6, 148, 72]);
  });

  it.each(TABLE)('%s (%s, %s tab) resolves to a known group of that scope', (name, scope) => {
    // Asked with the scope, as the dashboard and API replies say it…
    const withScope = lookupPermission(name, scope);
    expect(withScope.known, name).toBe(true);
    expect(withScope.scope).toBe(scope);
    // …and without it, where the name exists at one scope only.
    const without = lookupPermission(name);
    expect(without.known).toBe(true);
  });

  it('gives the API tab and the Dashboard tab of a row the same group', () => {
    const pairs = [...USER.map((n, i) => [n, USER_DASH[i], 'user']), ...ACCOUNT.map((n, i) => [n, ACCOUNT_DASH[i], 'account']), ...ZONE.map((n, i) => [n, ZONE_DASH[i], 'zone'])] as Array<[string, string, Scope]>;
    const differ = pairs.filter(([api, dash, scope]) => lookupPermission(api, scope).id !== lookupPermission(dash, scope).id);
    expect(differ).toEqual([]);
  });
});
