/** Share links: plain links to the usual share pages, so sharing needs no third-party script. */

/** One share target. */
export interface ShareTarget {
  name: string;
  href: string;
}

/** Links that share `url` with `text` by e-mail and on the common social networks. */
export function shareTargets(url: string, text: string): ShareTarget[] {
  const q = (params: Record<string, string>): string => new URLSearchParams(params).toString();
  return [
    { name: 'Email', href: `mailto:?${q({ subject: text, body: `${text}\n\n${url}` }).replace(/\+/g, '%20')}` },
    { name: 'Bluesky', href: `https://bsky.app/intent/compose?${q({ text: `${text} ${url}` })}` },
    { name: 'X', href: `https://x.com/intent/post?${q({ text, url })}` },
    { name: 'Facebook', href: `https://www.facebook.com/sharer/sharer.php?${q({ u: url })}` },
    { name: 'LinkedIn', href: `https://www.linkedin.com/sharing/share-offsite/?${q({ url })}` },
    { name: 'WhatsApp', href: `https://wa.me/?${q({ text: `${text} ${url}` })}` },
    { name: 'Reddit', href: `https://www.reddit.com/submit?${q({ url, title: text })}` },
  ];
}
