# The commune's newsletter, for anyone without an account.

newsletter-link = Receive the public announcements by e-mail
newsletter-title = Newsletter
newsletter-intro = Receive the commune's public announcements by e-mail, in your language. No account needed. You can leave at any time, in one click.
newsletter-field-email = Your e-mail address
newsletter-email-hint = We send a link to this address. Your subscription starts when you open it.
newsletter-field-language = Language of the e-mails
newsletter-subscribe = Subscribe
newsletter-privacy = We keep only your address and your language, and use them only for this newsletter. If you do not confirm within two days, we delete them.
newsletter-error-language = Choose one of the five languages.
newsletter-done-check = Look in your inbox: we sent you a link to confirm. If nothing comes, look in your spam folder.
newsletter-done-stopped = You are unsubscribed. We deleted your address.
newsletter-done-language = The language is changed.
newsletter-confirm-title = Confirm your subscription
newsletter-confirm-question = Do you want to receive the commune's public announcements by e-mail?
newsletter-confirm-button = Yes, subscribe me
newsletter-confirmed = You are subscribed. Every e-mail has a link to unsubscribe.
newsletter-link-used = This link was already used: you are subscribed.
newsletter-link-expired = This link is too old. Subscribe again to get a new one.
newsletter-link-unknown = This link does not work. It may have been replaced by a newer one: use the link in the latest e-mail, or subscribe again.
newsletter-stop-title = Unsubscribe
newsletter-stop-question = Stop sending the newsletter to { $email }?
newsletter-stop-button = Unsubscribe
newsletter-language-title = Or change the language
newsletter-language-button = Change the language
newsletter-confirm-subject = Confirm your subscription: { $commune }
newsletter-confirm-body = Hello,

    Someone, probably you, asked to receive the public announcements of the commune ({ $commune }) at this address.

    To confirm, open this link within two days and press the button:
    { $link }

    If you did not ask, do nothing: without confirmation, we delete your address.
newsletter-already-subject = You are subscribed: { $commune }
newsletter-already-body = Hello,

    Someone, probably you, asked to subscribe this address to the commune's newsletter ({ $commune }). It is already subscribed.

    To unsubscribe or change the language: { $link }
newsletter-footer = You receive this e-mail because you subscribed to the newsletter ({ $commune }). Unsubscribe in one click: { $stop }
