#!/usr/bin/env python3
"""The peer of pbw-platforms-bench: the same values normalised by each platform's documented steps
(resources/rules/platforms/*.json, written out plainly here) and hashed with hashlib.sha256, one
platform after another, on one core. Prints the events per second (8 values an event)."""
import hashlib, re, sys, time

def digits(v): return re.sub(r'\D', '', v)
def letters(v): return ''.join(c for c in v if c.isalpha())
def alnum(v): return ''.join(c for c in v if c.isalnum())
def gmail_dots(v):
    local, _, domain = v.rpartition('@')
    return local.replace('.', '') + '@' + domain if domain in ('gmail.com', 'googlemail.com') else v
def e164(v): return '+' + digits(v[2:] if v.startswith('00') else v)
def nozeros(v): return digits(v).lstrip('0')
def snap_phone(v):
    v = re.sub(r'^((?:\+|00)\d+[-\s])0', r'\1', v)
    return digits(v[2:] if v.startswith('00') else v)
def reddit_email(v):
    local, _, domain = v.rpartition('@')
    return alnum(local.split('+')[0]) + '@' + domain
STATES = {'california': 'ca', 'northcarolina': 'nc', 'ontario': 'on', 'newyork': 'ny', 'texas': 'tx'}
COUNTRIES = {'unitedkingdom': 'gb', 'unitedstates': 'us'}
def state(v): k = letters(v.lower()); return k if len(k) == 2 else STATES.get(k, k)
def country(v): k = letters(v.lower()); return k if len(k) == 2 else COUNTRIES.get(k, k)

H = 'h'  # hashed
P = 'p'  # plain
RULES = {  # platform: field: (steps, hashed)
 'meta': {'em': (lambda v: v.strip().lower(), H), 'ph': (nozeros, H), 'fn': (lambda v: alnum(v.lower()), H),
          'ln': (lambda v: alnum(v.lower()), H), 'ct': (lambda v: letters(v.lower()), H), 'st': (state, H),
          'zp': (lambda v: re.sub(r'\s', '', v.lower()).split('-')[0], H), 'country': (country, H)},
 'tiktok': {'em': (lambda v: v.strip().lower(), H), 'ph': (lambda v: e164(v.strip()), H)},
 'snapchat': {'em': (lambda v: v.strip().lower(), H), 'ph': (lambda v: snap_phone(v.strip()), H),
              'fn': (lambda v: re.sub(r'[^\w\s]', '', v.strip().lower()), H),
              'ln': (lambda v: re.sub(r'[^\w\s]', '', v.strip().lower()), H),
              'ct': (lambda v: v.strip().lower(), H), 'st': (lambda v: v.strip().lower(), H),
              'zp': (lambda v: v.strip().lower(), H), 'country': (country, H)},
 'google-ads': {'em': (lambda v: gmail_dots(v.strip().lower()), H), 'ph': (lambda v: e164(v.strip()), H)},
 'ga4': {'em': (lambda v: gmail_dots(re.sub(r'\s', '', v.lower())), H), 'ph': (lambda v: e164(v.strip()), H),
         'fn': (lambda v: re.sub(r'[^\w\s]|\d|_', '', v).lower().strip(), H),
         'ln': (lambda v: re.sub(r'[^\w\s]|\d|_', '', v).lower().strip(), H),
         'ct': (lambda v: re.sub(r'[^\w\s]|\d|_', '', v).lower().strip(), P),
         'st': (lambda v: re.sub(r'[^\w\s]|\d|_', '', v).lower().strip(), P),
         'zp': (lambda v: re.sub(r'[.~]', '', v).strip(), P), 'country': (lambda v: country(v).upper(), P)},
 'pinterest': {'em': (lambda v: v.lower(), H), 'ph': (nozeros, H), 'fn': (lambda v: v.lower(), H),
               'ln': (lambda v: v.lower(), H), 'ct': (lambda v: re.sub(r'[^\w]', '', v.lower()), H),
               'st': (state, H), 'zp': (digits, H), 'country': (country, H)},
 'reddit': {'em': (lambda v: reddit_email(v.strip().lower()), H), 'ph': (lambda v: e164(v.strip()), H)},
}

rows = [line.rstrip('\n').split('\t', 1) for line in open(sys.argv[1], encoding='utf-8')]
start = time.perf_counter()
n = 0
for field, value in rows:
    for rules in RULES.values():
        rule = rules.get(field)
        if rule:
            normalized = rule[0](value)
            out = hashlib.sha256(normalized.encode()).hexdigest() if rule[1] == H else normalized
            n += 1
took = time.perf_counter() - start
print('peer: python3 re + hashlib.sha256, each platform\'s steps for the same %d values (%d platform values): '
      '%.1f ms, %.0f events/s' % (len(rows), n, took * 1000, len(rows) / 8 / took))
