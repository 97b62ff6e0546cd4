from followup.drafting.repeated import repeats, says_again


def test_a_sentence_a_fuller_one_says_whole_is_said_once():
    lines = ["I've noted that the crew arrives on 12 March and you want the site cleared first.",
             "I've noted that the crew arrives on 12 March."]
    assert repeats(lines) == {1}


def test_a_promise_said_again_with_more_goes_whichever_comes_first():
    lines = ["I'll send the signed lease.", "I'll send the signed lease and the floor plan to Ines."]
    assert repeats(lines) == {0}


def test_of_two_sentences_saying_the_same_the_later_goes():
    assert repeats(["Delivery is on Friday 4 June.", "Delivery is on Friday 4 June."]) == {1}


def test_a_sentence_with_a_word_of_its_own_stays():
    # "received" against "attached": each adds something, neither is dropped
    assert repeats(["I've received the purchase order PO-77 today.",
                    "I've noted that the purchase order PO-77 is attached."]) == set()
    assert says_again("The price is EUR 900 per unit.", "The price is EUR 900 per unit for 12 units.")


def test_a_common_word_or_two_is_no_repetition():
    assert not says_again("I'll call you.", "I'll call you on Monday about the quote.")
