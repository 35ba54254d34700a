# Consultations: polls and surveys of the commune, their answers and results.

consultation-nav = Consultations
consultation-list-title = Consultations
consultation-list-intro = The commune asks your opinion. Answer the consultations for your neighbourhood and the whole commune.
consultation-list-none = There is no consultation for you at the moment.
consultation-answer-title = Consultation
consultation-back = All consultations
consultation-back-to-it = Back to the consultation
consultation-closes-on = Open until { $date }
consultation-opens-on = Opens on { $date }
consultation-state-draft = Draft
consultation-state-scheduled = Not open yet
consultation-state-open = Open
consultation-state-closed = Closed
consultation-you-answered = You answered
consultation-other-languages = Also in:
consultation-see-results = See the results
consultation-anonymous-note = Your answers are anonymous: nobody, not even the commune, can tell which answers are yours. Once sent, they cannot be changed.
consultation-named-note = Your answers carry your name. You can change them until the consultation closes.
consultation-answer-final = Thank you. Anonymous answers cannot be changed.
consultation-answer-changeable = You can change your answers until the consultation closes.
consultation-not-answerable = This consultation does not take answers now.
consultation-problems = { $count ->
    [one] One question needs your attention.
   *[other] { $count } questions need your attention.
}
consultation-send-answers = Send my answers
consultation-change-answers = Change my answers
consultation-answered = Thank you, your answers are recorded.
consultation-optional = (optional)
consultation-other = Other
consultation-other-text = Other, in your words
consultation-yes = Yes
consultation-no = No
consultation-your-answer = Your answer
consultation-rating-low = { $label } at the lowest
consultation-rating-high = { $label } at the highest
consultation-rating-end = { $value } – { $label }
consultation-rank-place = { $place ->
    [one] First place
    [two] Second place
    [few] Third place
   *[other] Place { $place }
}
consultation-hint-at-most = { $count ->
    [one] Choose one.
   *[other] Choose up to { $count }.
}
consultation-hint-exactly = { $count ->
    [one] Choose one.
   *[other] Choose { $count }.
}
consultation-hint-between = Choose from { $min } to { $max }.
consultation-hint-rank = { $count ->
    [one] Choose your first choice.
   *[other] Put { $count } choices in your order of preference, each once.
}
consultation-hint-characters = At most { $count } characters.

consultation-answer-unknown-question = This form is out of date (question { $question } does not exist). Please load the page again.
consultation-answer-twice = This question was answered twice.
consultation-answer-wrong-kind = This answer does not fit the question.
consultation-answer-missing = Please answer this question.
consultation-answer-unknown-choice = Please choose among the answers offered.
consultation-answer-chosen-twice = Each choice counts once.
consultation-answer-too-few = Choose at least { $min }.
consultation-answer-too-many = Choose at most { $max }.
consultation-answer-no-other = This question has no “other” field.
consultation-answer-other-too-long = Write at most { $max } characters.
consultation-answer-off-scale = Choose a value on the scale.
consultation-answer-ranking-length = Put { $count } choices in order, each once.
consultation-answer-text-too-long = Write at most { $max } characters.
consultation-refused-not-open = This consultation is not open yet.
consultation-refused-closed = This consultation has closed: its results no longer change.
consultation-refused-final = You have answered already, and anonymous answers cannot be changed.
consultation-error-form = This form does not belong to this consultation. Please load the page again.

consultation-staff-title = Consultations of the commune
consultation-staff-intro = Ask residents their opinion: a poll of one question or a survey of several, anonymous or named, for the whole commune or some neighbourhoods.
consultation-staff-none = No consultation yet.
consultation-staff-back = All consultations of the commune
consultation-new-title = New consultation
consultation-edit-title = Consultation draft
consultation-show-title = Consultation
consultation-saved = The draft is saved.
consultation-published = The consultation is published. Residents see it from its opening day.
consultation-publish = Publish
consultation-publish-note = Check the preview below. Once published, the consultation cannot be changed any more.
consultation-save = Save the draft
consultation-preview = Preview
consultation-field-text = Title and questions
consultation-field-opens = First day
consultation-field-closes = Last day
consultation-field-audience = Who is asked
consultation-field-anonymous = Anonymity
consultation-field-results-shown = Results for residents
consultation-field-state = State
consultation-field-answers = Answers
consultation-audience-commune = The whole commune
consultation-audience-neighbourhoods = Only the neighbourhoods ticked below
consultation-anonymous-label = Anonymous answers: stored without the resident's name, and final once sent
consultation-anonymous = Anonymous
consultation-named = Named, changeable until closing
consultation-results-shown-while-open = Shown as answers come in, and after closing
consultation-results-shown-after-closing = Shown once the consultation has closed
consultation-results-shown-never = Not shown to residents
consultation-error-date = Enter a date, for example 2026-12-01.
consultation-error-audience = Choose the whole commune, or neighbourhoods of the commune.
consultation-error-results-shown = Choose when residents see the results.
consultation-error-published = This consultation is published and can no longer be changed.
consultation-error-closed-already = This consultation closes in the past: change its last day before publishing it.

consultation-text-help-title = How to write the questions
consultation-text-help-blocks = Each part starts with a line holding one keyword: title, section, question, choice, or low and high for the two ends of a rating scale.
consultation-text-help-languages = The lines after it give its wording, one line per language, starting with the language code and a colon: lb, de, fr, en, pt. Write every part in the same languages.
consultation-text-help-types = After the keyword question comes its type:
consultation-text-type-single = one answer among the choices that follow;
consultation-text-type-multiple = several answers, at most 3 here (min=2 asks for at least 2);
consultation-text-type-yesno = yes or no;
consultation-text-type-rating = a rating from 1 to 5, with the wording of its two ends after low and high;
consultation-text-type-ranking = the choices in order of preference (top=3: the first three only);
consultation-text-type-text = free text, at most 500 characters here.
consultation-text-options = add an “other” field to a choice question, or let residents skip a question.
consultation-text-line = Line { $line }: { $message }
consultation-text-too-long = The text is too long.
consultation-text-no-type = Say which type of question it is (single, multiple, yesno, rating, ranking or text).
consultation-text-unknown-type = Unknown type of question: use single, multiple, yesno, rating, ranking or text.
consultation-text-bad-option = This option does not fit this type of question.
consultation-text-language-twice = This part already has a version in this language.
consultation-text-wording-nowhere = Wording without a part: start with title, section, question or choice.
consultation-text-choice-nowhere = A choice belongs under a question of type single, multiple or ranking.
consultation-text-end-nowhere = low and high belong under a question of type rating.
consultation-text-title-twice = The consultation has one title.
consultation-text-unknown-line = Unknown line: start it with a keyword or a language code (en: …).

consultation-place-title = Title
consultation-place-section = Section { $section }
consultation-place-question = Question { $question }
consultation-place-choice = Question { $question }, choice { $choice }
consultation-place-low = Question { $question }, low end
consultation-place-high = Question { $question }, high end
consultation-problem-no-language = Write the title and questions in at least one language.
consultation-problem-missing-version = { $place }: the version in { $language } is missing.
consultation-problem-blank = { $place }: the version in { $language } is empty.
consultation-problem-too-long = { $place }: the version in { $language } is longer than { $max } characters.
consultation-problem-no-question = Ask at least one question.
consultation-problem-too-many-questions = A survey asks at most { $max } questions.
consultation-problem-empty-section = Section { $section } has no question.
consultation-problem-duplicate-question = Two questions have the number { $question }.
consultation-problem-too-few-choices = Question { $question } needs at least two choices.
consultation-problem-too-many-choices = Question { $question } offers more than { $max } choices.
consultation-problem-duplicate-choice = Question { $question } has two choices with the number { $choice }.
consultation-problem-answer-count = Question { $question }: the number of answers asked does not fit its choices.
consultation-problem-ranking-top = Question { $question }: it cannot rank more places than it has choices.
consultation-problem-scale = Question { $question }: a scale runs from a lower to a higher value, at most 10.
consultation-problem-free-text = Question { $question }: an answer may be 1 to 2,000 characters long.
consultation-problem-closing = The last day cannot come before the first.
consultation-problem-no-neighbourhood = Tick at least one neighbourhood.

consultation-results-title = Results
consultation-results-everyone = Everyone
consultation-results-groups = Results by neighbourhood
consultation-respondents = { $count ->
    [one] One person answered.
   *[other] { $count } people answered.
}
consultation-results-answered = { $count ->
    [one] One answer to this question.
   *[other] { $count } answers to this question.
}
consultation-results-too-few = Too few people answered here for their anonymous answers to be shown.
consultation-results-choice = Answer
consultation-results-answers = People
consultation-results-points = Points
consultation-results-points-first = { $points } points, { $first } times first
consultation-results-mean = Average { $mean } on a scale from { $low } to { $high }
consultation-csv = Download the answers (CSV)
consultation-csv-resident = Resident
consultation-csv-neighbourhood = Neighbourhood
consultation-csv-day = Day

# Codes of the API's problems: messages that read alone.
consultation-code-unknown-question = An answer names a question this consultation does not ask.
consultation-code-count = Too few or too many choices for a question.
consultation-code-length = An answer is too long.
consultation-code-ranking = A ranking does not rank the number of choices the question asks, each once.
consultation-code-wording = A text is missing, empty or too long in one of the languages of the consultation.
consultation-code-questions = The questions are not numbered or grouped as a consultation allows.
consultation-code-choices = A question offers fewer than two choices, too many, or two with the same number.
consultation-code-limits = The limits of a question do not fit it (answers asked, places ranked, scale or length).
consultation-code-definition = This is not a consultation as the API describes it (kind, title, sections, opens_at, closes_at, anonymous, audience, results_shown).
consultation-code-answer = An answer is not written as the API describes it (question and response).
