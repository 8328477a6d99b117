# Gen C bot — English texts. Same keys as locales/it/bot.ftl.
# Texts are Telegram HTML: use only <b>, <i>, <u>, <s>, <code>, <a href="...">.

## Command menu (256 characters at most, no HTML)
command-start = Start or start over
command-help = What I can do
command-language = Change language
command-privacy = How we use your data

## First contact
start-greeting =
    Hi { $name }! 👋 I'm the bot of <b>Generazione Changemaker</b>, the community of young people changing Turin.
    Here you'll find projects and events that suit you.

    🌍 /language to change language
    ❓ /help to see what I can do
start-staff =
    Hi { $name }! You're on the <b>Generazione Changemaker</b> staff.
    The youth onboarding isn't for you: use /help for the staff commands.

## Language
language-name = 🇬🇧 English
language-prompt = Which language should I write to you in?
language-changed = ✅ Great, from now on I'll write to you in English.

## Help
help =
    Here's what you can ask me ({ $count ->
        [one] one command
       *[other] { $count } commands
    }):
    { $commands }
help-line = /{ $command } — { $description }

## Privacy (the full version arrives with /privacy)
privacy =
    🔒 <b>Your data</b>
    Generazione Changemaker keeps only what it needs to suggest projects and events to you: your Telegram id and the language you choose.
    Nobody sees it except the staff who run the bot, and we never give it to anyone.
    You can ask to see or delete it at any time, and you can complain to the Italian data protection authority, the Garante (garanteprivacy.it).

## Fallback answers
unknown-command = I don't know the command { $command } 🤔 Type /help to see the ones I use.
stray-text = For now I answer commands and buttons. Type /help to see what I can do.
stray-media = Thanks! For now I only understand commands and buttons, though. Type /help to start.
edited-message = I saw you edited a message: that doesn't change what I've already done. If needed, write to me again.
button-expired = This button is no longer active. Try again from the latest message.
error-generic = Oops, something went wrong on our side 😕 Try again in a moment; if it happens again, type /help.
