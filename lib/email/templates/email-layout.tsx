/**
 * The frame every e-mail shares: brand header, the household it is about, the content,
 * and a footer saying why the reader gets it. Inline styles only (react-email's
 * components emit them), as mail clients ignore style sheets.
 */
import "server-only";
import { Body, Button, Container, Head, Heading, Hr, Html, Link, Preview, Section, Text } from "@react-email/components";
import { Fragment, type CSSProperties, type ReactNode } from "react";

export interface EmailLayoutProps {
  /** The subject, also the document title. */
  title: string;
  /** The line inbox lists show beside the subject. */
  preview: string;
  householdName: string;
  /** Why the reader gets this mail, one sentence. */
  reason: string;
  /** Where the reader changes what they receive (absolute URL). */
  settingsUrl: string;
  children: ReactNode;
}

export function EmailLayout({ title, preview, householdName, reason, settingsUrl, children }: EmailLayoutProps) {
  return (
    <Html lang="en">
      <Head>
        <title>{title}</title>
      </Head>
      <Preview>{preview}</Preview>
      <Body style={body}>
        <Container style={card}>
          <Section>
            <Text style={brand}>DumbAssets</Text>
            <Text style={household}>{householdName}</Text>
          </Section>
          <Hr style={rule} />
          <Section>{children}</Section>
          <Hr style={rule} />
          <Text style={footer}>
            {reason} Change what you receive in your settings:{" "}
            <Link href={settingsUrl} style={footerLink}>
              {settingsUrl}
            </Link>
          </Text>
        </Container>
      </Body>
    </Html>
  );
}

export function EmailHeading({ children }: { children: ReactNode }) {
  return (
    <Heading as="h1" style={heading}>
      {children}
    </Heading>
  );
}

export function EmailParagraph({ children }: { children: ReactNode }) {
  return <Text style={paragraph}>{children}</Text>;
}

/** User-written text with its line breaks kept: <br> in HTML, new lines in the text part. */
export function MultilineText({ text }: { text: string }) {
  return text.split("\n").map((line, index) => (
    <Fragment key={index}>
      {index > 0 ? <br /> : null}
      {line}
    </Fragment>
  ));
}

/** The call to action: a button in HTML, "label https://…" in the text part. */
export function EmailButton({ href, children }: { href: string; children: ReactNode }) {
  return (
    <Section style={buttonRow}>
      <Button href={href} style={button}>
        {children}
      </Button>
    </Section>
  );
}

const body: CSSProperties = {
  margin: 0,
  padding: "24px 12px",
  backgroundColor: "#f4f4f5",
  color: "#18181b",
  fontFamily: "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
};
const card: CSSProperties = { maxWidth: "560px", backgroundColor: "#ffffff", borderRadius: "8px", padding: "24px" };
const brand: CSSProperties = { fontSize: "16px", fontWeight: 700, color: "#2563eb", margin: 0 };
const household: CSSProperties = { fontSize: "14px", color: "#52525b", margin: "4px 0 0" };
const rule: CSSProperties = { borderColor: "#e4e4e7", margin: "20px 0" };
const footer: CSSProperties = { fontSize: "12px", lineHeight: "18px", color: "#71717a", margin: 0 };
const footerLink: CSSProperties = { color: "#71717a", textDecoration: "underline" };
const heading: CSSProperties = { fontSize: "20px", lineHeight: "28px", margin: "0 0 16px" };
const paragraph: CSSProperties = { fontSize: "15px", lineHeight: "22px", margin: "0 0 16px" };
const buttonRow: CSSProperties = { margin: "8px 0 8px" };
const button: CSSProperties = {
  backgroundColor: "#2563eb",
  color: "#ffffff",
  padding: "10px 16px",
  borderRadius: "6px",
  fontSize: "15px",
  textDecoration: "none",
};
