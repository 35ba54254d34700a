# Language practice: language profiles and tandems.

profile-title = My languages
profile-intro = Say which languages you speak and which you would like to practise. The commune then proposes you a tandem partner: someone who helps you with a language you learn, while you help them with one you speak well.
profile-form-title = My language profile
profile-languages-hint = For each language you speak, choose your level. Tick what you want to practise (up to B2) and what you can help others with (from B2).
profile-field-level = My level
profile-level-none = I do not speak it
profile-level-a1 = A1 (beginner)
profile-level-a2 = A2 (elementary)
profile-level-b1 = B1 (intermediate)
profile-level-b2 = B2 (upper intermediate)
profile-level-c1 = C1 (advanced)
profile-level-c2 = C2 (proficient)
profile-level-native = Native language
profile-field-learns = I want to practise it
profile-field-offers = I can help others with it
profile-field-availability = When I can meet
profile-part-morning = Morning
profile-part-afternoon = Afternoon
profile-part-evening = Evening
profile-field-intergenerational = I welcome a partner of another generation
profile-field-birth-year = Year of birth (optional)
profile-birth-year-hint = Only to propose partners of another generation, if you wish. Nobody else sees it.
profile-save = Save my profile
profile-saved = Your language profile is saved.
profile-language-lb = Luxembourgish
profile-language-de = German
profile-language-fr = French
profile-language-en = English
profile-language-pt = Portuguese
profile-error-no-language = Choose a level for at least one language.
profile-error-twice = Each language once, please.
profile-error-level-missing = Choose your level in this language: learners start at A1.
profile-error-offer-level = To help others with a language, you need at least B2 in it.
profile-error-learn-level = Above B2 there is little left to practise: tick that you can help others with it instead.
profile-error-learns-and-offers = Either practise this language or help others with it, not both.
profile-error-availability = Choose at least one time of the week.
profile-error-birth-year = Give a year of birth such as 1954, or leave it empty.
profile-error-language-unknown = Choose among Luxembourgish, German, French, English and Portuguese.
profile-error-level = Choose a level from A1 to C2, or native.
tandems-title = My tandems
tandem-state-proposed = Proposed to you
tandem-state-waiting = Waiting for your partner
tandem-state-agreed = Agreed
tandem-state-closed = Closed
tandem-you-learn = You practise
tandem-you-help = You help with
tandem-partner = Your partner
tandem-contact-hint = You will see each other's name and e-mail address once you have both accepted.
tandem-accept = Accept
tandem-decline = No, thank you
tandem-end = End the tandem
tandem-accepted = Thank you. When your partner accepts too, you both receive each other's contact by e-mail.
tandem-closed = The tandem is closed.
tandem-error-closed = This tandem was declined or ended.
tandems-staff-title = Tandems
tandems-staff-intro = Propose tandems to every member who has a language profile and no tandem yet. The proposal finds the best pairs for everyone together; both members must accept before they see each other's contact.
tandems-staff-profiles = Language profiles
tandems-staff-open = Tandems proposed or running
tandems-staff-agreed = Tandems agreed
tandems-propose = Propose tandems now
tandems-proposed = { $count ->
    [0] No new pair was found.
    [one] One new pair was proposed.
   *[other] { $count } new pairs were proposed.
}
mail-tandem-proposed-subject = A tandem partner for { $language }
mail-tandem-proposed-body =
    The commune proposes you a tandem partner: someone who helps you practise this language, while you help them with one you speak well.

    Language: { $language }

    If you would like to meet, accept the proposal. You will receive your partner's contact when you have both accepted: { $link }
mail-tandem-agreed-subject = Your tandem partner: { $name }
mail-tandem-agreed-body =
    You have both accepted the tandem. Here is how to reach your partner.

    Name: { $name }
    E-mail: { $email }
    Language you practise: { $language }

    Agree together where and when to meet. To end the tandem: { $link }
data-language-profile = Your language profile
data-language-profile-languages = The languages of your profile
data-tandems = The tandems proposed to you
data-tandems-closed = The tandems you closed
data-field-availability = When you can meet
data-field-welcomes-intergenerational = Welcomes another generation (1 yes, 0 no)
data-field-birth-year = Year of birth
data-field-updated-at = Changed on
data-field-level = Level
data-field-learns = Practises it (1 yes, 0 no)
data-field-offers = Helps with it (1 yes, 0 no)
data-field-first-teaches = First partner helps with
data-field-second-teaches = Second partner helps with
data-field-proposed-at = Proposed on
data-field-first-accepted-at = Accepted on
data-field-second-accepted-at = Accepted on
tandems-link = My languages and tandems
coaching-title = Coaching
coaching-intro = A coach is a neighbour who speaks a language very well (C1 or better) and helps you practise it, one to one. Ask for a coach in a language you learn; the commune proposes one, and you both accept before you see each other's name and e-mail address.
coaching-my-requests = My requests for a coach
coaching-as-coach = Learners proposed to me
coaching-language = Language
coaching-level = Level of the learner
coaching-note = Note
coaching-your-coach = Your coach
coaching-your-learner = Your learner
coaching-contact-hint = You will see each other's name and e-mail address once you have both accepted.
coaching-accept = Accept
coaching-decline = No, thank you
coaching-end = End the coaching
coaching-withdraw = Withdraw my request
coaching-ask-title = Ask for a coach
coaching-no-language = To ask for a coach, first tick in your language profile above a language you want to practise, and save it.
coaching-field-language = Language I want to practise
coaching-field-note = A note for the coach (optional)
coaching-note-hint = What you hope for, for example to prepare a test or to speak more at work. At most 500 characters.
coaching-ask = Ask for a coach
coaching-state-open = Waiting for a coach
coaching-state-proposed = Proposed to you
coaching-state-waiting = Waiting for the other to accept
coaching-state-matched = Agreed
coaching-state-withdrawn = Withdrawn
coaching-state-ended = Ended
coaching-asked = Your request is sent. The commune will propose you a coach.
coaching-accepted = Thank you. When the other accepts too, you both receive each other's contact by e-mail.
coaching-declined = The proposal is declined. The request waits for another coach.
coaching-ended = The coaching is ended.
coaching-withdrawn = Your request is withdrawn.
coaching-error-language = Choose among Luxembourgish, German, French, English and Portuguese.
coaching-error-not-learned = Choose a language your language profile says you practise (levels A1 to B2).
coaching-error-level = Above B2 a coach is not needed: you can help others with this language instead.
coaching-error-open-already = You have asked for a coach in this language already.
coaching-error-note-long = Keep the note to 500 characters at most.
coaching-error-not-open = This request no longer waits for a coach.
coaching-error-not-candidate = This person cannot coach this learner now. Choose one of the proposed coaches.
coaching-error-agreed-already = You have both accepted already.
coaching-error-accepted-already = You have accepted already. Now the other must accept.
coaching-error-not-proposed = No coach is proposed for this request now.
coaching-error-not-withdrawable = This request can no longer be withdrawn: end the coaching instead.
coaching-error-not-agreed = This coaching is not running.
coaching-staff-title = Coaching
coaching-staff-intro = Learners ask for a coach in a language they practise. For each request, the best candidates come first: coaches who speak the language at C1 or better, share the most times of the week with the learner, welcome another generation as the learner does, and hold the fewest coachings (three at most).
coaching-staff-open = Requests waiting for a coach
coaching-staff-proposed = Coaches proposed
coaching-staff-matched = Coachings agreed
coaching-propose-best = Propose the best coach for every request
coaching-no-candidate = Nobody can coach this learner now.
coaching-candidates = Candidates, the best first
coaching-candidate-facts = { $slots ->
    [one] One time of the week in common
   *[other] { $slots } times of the week in common
}, { $load ->
    [0] no coaching yet
    [one] one coaching already
   *[other] { $load } coachings already
}
coaching-candidate-generations = Another generation, as both wish
coaching-propose = Propose this coach
coaching-proposed = { $count ->
    [0] No coach could be proposed.
    [one] One coach was proposed.
   *[other] { $count } coaches were proposed.
}
mail-coaching-proposed-coach-subject = A learner of { $language } for you
mail-coaching-proposed-coach-body =
    The commune proposes you as a coach: a neighbour would like to practise { $language } with you.

    If you would like to help, accept the proposal. You will receive the learner's contact when you have both accepted: { $link }
mail-coaching-proposed-learner-subject = A coach for { $language }
mail-coaching-proposed-learner-body =
    The commune proposes you a coach for { $language }.

    If you would like to meet, accept the proposal. You will receive your coach's contact when you have both accepted: { $link }
mail-coaching-matched-learner-subject = Your coach: { $name }
mail-coaching-matched-learner-body =
    You have both accepted the coaching. Here is how to reach your coach.

    Name: { $name }
    E-mail: { $email }
    Language: { $language }

    Agree together where and when to meet. To end the coaching: { $link }
mail-coaching-matched-coach-subject = Your learner: { $name }
mail-coaching-matched-coach-body =
    You have both accepted the coaching. Here is how to reach your learner.

    Name: { $name }
    E-mail: { $email }
    Language: { $language }

    Agree together where and when to meet. To end the coaching: { $link }
data-coaching-requests = Your requests for a coach
data-coachings = The learners proposed to you as a coach
data-coaching-requests-closed = The coaching requests you withdrew or ended
data-coaching-declines = The learners you declined to coach
data-field-note = Note
data-field-learner-accepted-at = Accepted on
data-field-coach-accepted-at = Accepted on
data-field-request-id = Request
data-field-declined-at = Declined on
mail-coaching-withdrawn-coach-subject = The coaching in { $language } is no longer needed
mail-coaching-withdrawn-coach-body =
    The learner the commune proposed to you for { $language } withdrew their request. You have nothing more to do.

    Thank you for offering your help: the commune may propose you to someone else. Your coachings: { $link }
mail-coaching-ended-subject = Coaching in { $language } ended
mail-coaching-ended-body =
    { $name } ended your coaching in { $language }. Thank you for the time you spent together.

    You may ask for another coaching, or offer one, on your language page: { $link }
