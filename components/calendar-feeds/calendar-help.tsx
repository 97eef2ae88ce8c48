/** Short help for the common calendar apps, folded away until asked for. */
export function CalendarHelp() {
  return (
    <details className="group mt-4 rounded-xl border border-border p-3 text-sm">
      <summary className="cursor-pointer font-medium focus-visible:outline-2 focus-visible:outline-ring">How to subscribe</summary>
      <dl className="mt-3 flex flex-col gap-3">
        <div>
          <dt className="font-medium">Apple Calendar (iPhone, iPad, Mac)</dt>
          <dd className="text-muted">
            Open the subscribe link or scan the QR code on the phone. On a Mac: File → New Calendar Subscription, paste the address. Choose
            how often it refreshes (every hour is fine).
          </dd>
        </div>
        <div>
          <dt className="font-medium">Google Calendar</dt>
          <dd className="text-muted">
            In Google Calendar on the web: Other calendars → + → From URL, paste the address. Google refreshes subscriptions only every few
            hours to once a day, and only reaches a server on the public internet: an address on your home network will not work. Phones
            show it once it is added on the web.
          </dd>
        </div>
        <div>
          <dt className="font-medium">Outlook</dt>
          <dd className="text-muted">
            Outlook on the web or new Outlook: Add calendar → Subscribe from web, paste the address. Classic Outlook: Home → Add Calendar →
            From Internet.
          </dd>
        </div>
        <div>
          <dt className="font-medium">Thunderbird, DAVx5 and others</dt>
          <dd className="text-muted">Add a network calendar (iCalendar/ICS) with the address.</dd>
        </div>
      </dl>
      <p className="mt-3 text-muted">
        Anyone with the address can read the feed. If it leaks, get a new address: the old one stops working at once.
      </p>
    </details>
  );
}
