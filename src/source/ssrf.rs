//! Which addresses a fetch may reach: with `allow_private` off, nothing private, loopback,
//! link-local or otherwise not on the public internet (server-side request forgery).
//!
//! Three doors are guarded: a literal IP host in the URL (never resolved, so checked here), every
//! address a host name resolves to (a [`reqwest::dns::Resolve`] hook, so the check is on the very
//! addresses connected to, which defeats DNS rebinding), and each redirect's target.

use std::fmt;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};

use reqwest::dns::{Addrs, Name, Resolve, Resolving};
use url::{Host, Url};

/// A fetch refused because its target is not a public address.
#[derive(Debug)]
pub(crate) struct Refused(pub(crate) String);

impl fmt::Display for Refused {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Refused {}

impl Refused {
    fn address(host: &str, ip: IpAddr) -> Refused {
        let what = if host == ip.to_string() {
            format!("{ip} is")
        } else {
            format!("{host} resolves to {ip},")
        };
        Refused(format!(
            "refused: {what} a private, loopback or link-local address, which this fetcher may not reach"
        ))
    }
}

/// Checks a URL before it is requested (or followed as a redirect): the scheme must be http(s)
/// and, unless `allow_private`, a literal IP host must be public.
pub(crate) fn check_url(url: &Url, allow_private: bool) -> Result<(), Refused> {
    if !matches!(url.scheme(), "http" | "https") {
        return Err(Refused(format!(
            "refused: only http and https URLs can be fetched, not {} URLs",
            url.scheme()
        )));
    }
    let ip = match url.host() {
        Some(Host::Ipv4(ip)) => IpAddr::V4(ip),
        Some(Host::Ipv6(ip)) => IpAddr::V6(ip),
        Some(Host::Domain(_)) => return Ok(()),
        None => return Err(Refused("refused: the URL has no host".to_string())),
    };
    if allow_private || is_public(ip) {
        Ok(())
    } else {
        Err(Refused::address(&ip.to_string(), ip))
    }
}

/// Whether an address is on the public internet: not private, loopback, link-local, shared
/// (CGNAT), multicast, reserved or documentation space, including IPv4 inside IPv6.
pub(crate) fn is_public(ip: IpAddr) -> bool {
    match ip {
        IpAddr::V4(v4) => is_public_v4(v4),
        IpAddr::V6(v6) => is_public_v6(v6),
    }
}

fn is_public_v4(ip: Ipv4Addr) -> bool {
    let [a, b, c, _] = ip.octets();
    let special = ip.is_private()
        || ip.is_loopback()
        || ip.is_link_local()
        || ip.is_unspecified()
        || ip.is_broadcast()
        || ip.is_multicast()
        || ip.is_documentation()
        || a == 0 // "this network"
        || a >= 240 // reserved
        || (a == 100 && (64..128).contains(&b)) // shared address space (CGNAT)
        || (a == 192 && b == 0 && c == 0) // IETF protocol assignments
        || (a == 198 && (b == 18 || b == 19)); // benchmarking
    !special
}

fn is_public_v6(ip: Ipv6Addr) -> bool {
    if let Some(v4) = embedded_v4(ip) {
        return is_public_v4(v4);
    }
    let first = ip.segments()[0];
    let special = ip.is_loopback()
        || ip.is_unspecified()
        || ip.is_multicast()
        || (first & 0xfe00) == 0xfc00 // unique local fc00::/7
        || (first & 0xffc0) == 0xfe80 // link-local fe80::/10
        || (first & 0xffc0) == 0xfec0 // site-local fec0::/10 (deprecated)
        || first == 0x2001 && ip.segments()[1] == 0x0db8 // documentation
        || first == 0x0100 && ip.segments()[1..4] == [0, 0, 0]; // discard-only 100::/64
    !special
}

/// The IPv4 address carried by an IPv4-mapped, IPv4-compatible, NAT64 or 6to4 address.
fn embedded_v4(ip: Ipv6Addr) -> Option<Ipv4Addr> {
    let s = ip.segments();
    let tail = Ipv4Addr::new((s[6] >> 8) as u8, s[6] as u8, (s[7] >> 8) as u8, s[7] as u8);
    if s[..5] == [0; 5] && (s[5] == 0xffff || (s[5] == 0 && (s[6] != 0 || s[7] > 1))) {
        return Some(tail); // ::ffff:a.b.c.d and the deprecated ::a.b.c.d
    }
    if s[..6] == [0x64, 0xff9b, 0, 0, 0, 0] {
        return Some(tail); // NAT64 64:ff9b::/96
    }
    if s[0] == 0x2002 {
        let [a, b] = s[1].to_be_bytes();
        let [c, d] = s[2].to_be_bytes();
        return Some(Ipv4Addr::new(a, b, c, d)); // 6to4 2002::/16
    }
    None
}

/// A resolver that refuses host names resolving to any address that is not public.
///
/// It refuses rather than filters: a name with both kinds of address is suspicious, and a clear
/// error beats a connection to half the addresses.
#[derive(Debug, Clone, Copy)]
pub(crate) struct PublicOnly;

impl Resolve for PublicOnly {
    fn resolve(&self, name: Name) -> Resolving {
        let host = name.as_str().to_string();
        Box::pin(async move {
            let addrs: Vec<SocketAddr> =
                tokio::net::lookup_host((host.as_str(), 0)).await?.collect();
            if let Some(bad) = addrs.iter().find(|a| !is_public(a.ip())) {
                return Err(Box::new(Refused::address(&host, bad.ip())) as _);
            }
            Ok(Box::new(addrs.into_iter()) as Addrs)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn public(s: &str) -> bool {
        s.parse().map(is_public).unwrap_or(true)
    }

    #[test]
    fn private_and_special_addresses_are_not_public() {
        for s in [
            "127.0.0.1",
            "10.0.0.1",
            "172.16.5.4",
            "192.168.1.1",
            "169.254.169.254",
            "0.0.0.0",
            "100.64.0.1",
            "255.255.255.255",
            "224.0.0.1",
            "::1",
            "::",
            "fe80::1",
            "fd00::1",
            "::ffff:127.0.0.1",
            "::ffff:10.0.0.1",
            "64:ff9b::a00:1",
            "2002:c0a8:0101::1",
        ] {
            assert!(!public(s), "{s} should not be public");
        }
        for s in [
            "8.8.8.8",
            "203.113.131.1",
            "2001:4860:4860::8888",
            "::ffff:8.8.8.8",
        ] {
            assert!(public(s), "{s} should be public");
        }
    }

    #[test]
    fn literal_hosts_schemes_and_odd_ipv4_forms() {
        let check = |u: &str, allow| Url::parse(u).ok().map(|u| check_url(&u, allow).is_ok());
        assert_eq!(check("http://127.0.0.1/", false), Some(false));
        assert_eq!(check("http://127.0.0.1/", true), Some(true));
        // The URL parser reads these as 127.0.0.1, as browsers and reqwest do.
        assert_eq!(check("http://0x7f.1/", false), Some(false));
        assert_eq!(check("http://2130706433/", false), Some(false));
        assert_eq!(check("http://[::ffff:7f00:1]/", false), Some(false));
        assert_eq!(check("http://example.vn/", false), Some(true));
        assert_eq!(check("file:///etc/passwd", true), Some(false));
        assert_eq!(check("ftp://example.vn/", true), Some(false));
    }
}
