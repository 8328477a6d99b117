## The paper consent form (a PDF to print). Plain text, no HTML: it goes on paper.

consent-form-title = Consent of a parent or guardian
consent-form-for = For
consent-form-code = Code
consent-form-who = { $community } asks for your consent so that { $child } can take part. They are under 14, so Italian law needs the OK of a parent or of the person responsible for them.
consent-form-what = What we do: volunteering events and projects in person, coordinated by adults (volunteers too). Coordinators write to young members only through the community's Telegram bot: the messages are logged and moderators can read them. Nobody sees a member's phone number or Telegram username. A surname is only asked to print it on a statement for school: we keep only a check to verify it, never the surname.
consent-form-purposes = By signing you consent to them taking part. These three are extra and optional: tick the ones you accept.
consent-form-purpose-matching = Visible to projects: coordinators see first name, age band, city, interests and availability (never contact details) and can invite them to a project.
consent-form-purpose-reminders = Event reminders: the bot reminds { $child } of the events they said they'll go to.
consent-form-purpose-announcements = Announcements: the bot sends the community's news.
consent-form-guardian-name = Full name of the parent or guardian
consent-form-relationship = I am
consent-form-parent = a parent
consent-form-legal-guardian = the legal guardian
consent-form-statement = I declare that I am an adult with parental responsibility for { $child }.
consent-form-date = Date
consent-form-signature = Signature
consent-form-name-by-hand = (write the name here)
consent-form-hand-in = Give the signed form to one of the community's moderators, in person or as a photo. You can withdraw your consent whenever you want.
consent-form-controller = Data controller: { $controller } ({ $contact }).
consent-form-child-unnamed = this young person
