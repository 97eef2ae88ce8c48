import { describe, expect, it } from "vitest";
import { EMPTY_ALLOW_LIST, ZOutboundAllowHosts, type Resolver } from "@/lib/server/outbound-http";
import { assertAppriseUrlAllowed, HOST_CHECKED_SCHEMES, type AppriseUrlProblem } from "./scheme-policy";

/** A stand-in DNS: these names resolve, every other one fails. */
const DNS: Record<string, string[]> = {
  "gotify.example.com": ["93.184.216.34"],
  "gmail.com": ["142.250.1.1"],
  "public.example": ["93.184.216.34"],
  "hooks.example.com": ["93.184.216.34"],
  "intranet.example.com": ["10.1.2.3"],
  "mixed.example.com": ["93.184.216.34", "192.168.1.9"],
  localhost: ["127.0.0.1"],
};
const resolver: Resolver = async (host) => {
  const found = DNS[host];
  if (!found) throw new Error(`ENOTFOUND ${host}`);
  return found.map((address) => ({ address, family: address.includes(":") ? 6 : 4 }));
};

async function problemOf(url: string, env: Record<string, string> = {}): Promise<AppriseUrlProblem | "allowed"> {
  try {
    await assertAppriseUrlAllowed(url, { env, allowList: ZOutboundAllowHosts.parse(env.OUTBOUND_ALLOW_HOSTS), resolver });
    return "allowed";
  } catch (error) {
    return (error as { problem: AppriseUrlProblem }).problem;
  }
}

describe("Apprise scheme policy", () => {
  it.each<[string, AppriseUrlProblem | "allowed"]>([
    // Fixed services: Apprise talks to the service's own host, whatever the URL says.
    ["tgram://123456:token/987", "allowed"],
    ["discord://webhook-id/webhook-token", "allowed"],
    ["pover://user@token", "allowed"],
    // E-mail, MQTT, Growl, remote syslog: the host is the server Apprise connects to.
    ["mailto://user:pass@gmail.com", "allowed"],
    ["mailto://user:pass@10.0.0.5:6379", "HOST_BLOCKED"],
    ["mailtos://user:pass@gmail.com?smtp=169.254.169.254", "HOST_BLOCKED"],
    ["mqtt://10.0.0.5/topic", "HOST_BLOCKED"],
    ["growl://127.0.0.1", "HOST_BLOCKED"],
    ["rsyslog://192.168.1.1", "HOST_BLOCKED"],
    ["syslog://", "allowed"],
    ["syslog://10.0.0.5", "HOST_BLOCKED"],
    // Authorities Apprise reads differently from WHATWG URL: refused for every scheme.
    ["json://x@10.0.0.5@public.example/", "HOST_UNREADABLE"],
    ["json://public.example\\@10.0.0.5/", "HOST_UNREADABLE"],
    ["tgram://a@b@c/987", "HOST_UNREADABLE"],
    ["json://user%40home:pw@public.example/", "allowed"],
    ["pover://user@token", "allowed"],
    // Custom posts and native URLs: the host is ours to check.
    ["json://10.0.0.5/", "HOST_BLOCKED"],
    ["jsons://10.0.0.5:8443/hook", "HOST_BLOCKED"],
    ["form://169.254.169.254", "HOST_BLOCKED"],
    ["forms://169.254.169.254/latest/meta-data", "HOST_BLOCKED"],
    ["xml://[::1]:8080/", "HOST_BLOCKED"],
    ["xmls://user:pass@192.168.0.10/", "HOST_BLOCKED"],
    ["json://0x7f.1/", "HOST_BLOCKED"],
    ["json://%31%32%37.0.0.1/", "HOST_BLOCKED"],
    ["JSON://127.0.0.1/", "HOST_BLOCKED"],
    ["json://localhost:8000/", "HOST_BLOCKED"],
    ["json://intranet.example.com/notify", "HOST_BLOCKED"],
    ["json://mixed.example.com/notify", "HOST_BLOCKED"],
    ["https://10.0.0.5/api/webhooks/x", "HOST_BLOCKED"],
    ["json://hooks.example.com/notify", "allowed"],
    ["jsons://user:pass@93.184.216.34:8443/path", "allowed"],
    ["json://no-such-host.invalid/", "HOST_UNRESOLVED"],
    ["json://", "HOST_UNREADABLE"],
    ["json://exa mple/", "HOST_UNREADABLE"],
    // Self-hosted services are the same kind of thing.
    ["gotify://gotify.example.com/token", "allowed"],
    ["gotifys://10.0.0.8/token", "HOST_BLOCKED"],
    ["apprise://127.0.0.1:8000/key", "HOST_BLOCKED"],
    ["mmost://192.168.1.2/authkey", "HOST_BLOCKED"],
    ["hassio://user@10.0.0.2/token", "HOST_BLOCKED"],
    ["rocket://user:pw@localhost/room", "HOST_BLOCKED"],
    // ntfy and matrix name a server only in some forms; otherwise the host is a topic or token.
    ["ntfy://my-topic", "allowed"],
    ["ntfy://10.0.0.5", "allowed"],
    ["ntfy://10.0.0.5/topic", "HOST_BLOCKED"],
    ["ntfys://10.0.0.5?mode=private", "HOST_BLOCKED"],
    ["ntfy://user:pw@gotify.example.com/topic", "allowed"],
    ["matrix://t2bot-webhook-token", "allowed"],
    ["matrixs://user:pass@10.0.0.5/#room", "HOST_BLOCKED"],
    ["matrix://user@10.0.0.5?mode=matrix", "HOST_BLOCKED"],
    // One URL per target: Apprise would split these and send to the second unchecked.
    ["tgram://123456:token/987,json://10.0.0.5/", "SEVERAL_URLS"],
    ["tgram://123456:token/987,,  form://169.254.169.254", "SEVERAL_URLS"],
    ["ntfy://my-topic?tags=warning,house", "allowed"],
    // Topics given: Apprise reads the host as a server name.
    ["ntfy://topic?to=a,b", "HOST_UNRESOLVED"],
  ])("%s: %s", async (url, expected) => {
    expect(await problemOf(url)).toBe(expected);
  });

  it("lets OUTBOUND_ALLOW_HOSTS name a host or range, as for our own requests, without resolving a named host", async () => {
    const env = { OUTBOUND_ALLOW_HOSTS: "10.0.0.5,apprise.lan,192.168.0.0/16" };
    expect(await problemOf("json://10.0.0.5/", env)).toBe("allowed");
    expect(await problemOf("apprise://apprise.lan:8000/key", env)).toBe("allowed");
    expect(await problemOf("gotify://192.168.3.4/token", env)).toBe("allowed");
    expect(await problemOf("json://10.0.0.6/", env)).toBe("HOST_BLOCKED");
  });

  it("applies APPRISE_ALLOWED_SCHEMES and APPRISE_DENIED_SCHEMES, the deny list winning", async () => {
    const env = { APPRISE_ALLOWED_SCHEMES: "tgram, ntfy, JSON", APPRISE_DENIED_SCHEMES: "json" };
    expect(await problemOf("tgram://123456:token/987", env)).toBe("allowed");
    expect(await problemOf("NTFY://topic", env)).toBe("allowed");
    expect(await problemOf("discord://id/token", env)).toBe("SCHEME_NOT_ALLOWED");
    expect(await problemOf("json://hooks.example.com/", env)).toBe("SCHEME_DENIED");
    expect(await problemOf("discord://id/token", { APPRISE_DENIED_SCHEMES: "discord,form" })).toBe("SCHEME_DENIED");
    expect(await problemOf("discord://id/token", { APPRISE_ALLOWED_SCHEMES: "" })).toBe("allowed");
  });

  it("names the problem in its message without repeating the URL's secrets", async () => {
    const refusal = assertAppriseUrlAllowed("jsons://user:s3cret@10.0.0.5/path?token=t0ken", {
      env: {},
      allowList: EMPTY_ALLOW_LIST,
      resolver,
    });
    await expect(refusal).rejects.toThrow(
      /Apprise would connect to 10\.0\.0\.5 for this jsons:\/\/ URL: .*private address.*OUTBOUND_ALLOW_HOSTS/,
    );
    await expect(refusal).rejects.not.toThrow(/s3cret|t0ken/);
    await expect(assertAppriseUrlAllowed("json://x/", { env: { APPRISE_DENIED_SCHEMES: "bad scheme!" } })).rejects.toThrow(
      /^Invalid configuration: APPRISE_DENIED_SCHEMES/,
    );
  });

  it("checks both the plain and the TLS form of every host-carrying scheme", () => {
    for (const scheme of ["json", "xml", "form", "http", "gotify", "ntfy", "matrix", "apprise"]) {
      expect(HOST_CHECKED_SCHEMES).toContain(scheme);
      expect(HOST_CHECKED_SCHEMES).toContain(`${scheme}s`);
    }
    expect(HOST_CHECKED_SCHEMES).not.toContain("tgram");
  });
});
