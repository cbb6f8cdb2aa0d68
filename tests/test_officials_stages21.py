"""Session 21: the stages that _collect, _name_after and attach_pending were split into, each on
made-up sentences of the class it answers (exact values: a stage that answers another question, or
none, fails here before it changes a record)."""

from __future__ import annotations

from civicextract.extractors.meta import name_lexicons
from civicextract.extractors.officials import attach as A
from civicextract.extractors.officials import chains as C
from civicextract.extractors.officials import chainwalk as W
from civicextract.extractors.officials import posts as PO
from civicextract.extractors.officials import readings as R
from civicextract.extractors.officials import unclosed as U


def _post(text: str, i: int = -1):
    posts = PO.find_posts(text)
    ends = {p.end: p.start for p in posts}
    post = posts[i]
    return post, W.chain_start(text, post.start, ends), ends, {p.start: p for p in posts}


# --- chains: one post's chain and where its holder stands


def test_counted_before_finds_a_head_count_not_a_body():
    text = "会上3名副市长分别发言。"
    post, start, _, _ = _post(text)
    assert (post.text, start) == ("副市长", 3)
    assert C.counted_before(text, start) is True
    assert C.counted_before("副市长王海涛主持会议。", 0) is False


def test_chain_with_state_gives_the_coordinated_post_the_first_holders_state():
    text = "以色列总理内塔尼亚胡和防长卡茨出席。"
    # right after the first holder's name and 和: the state of his chain employs the second
    assert C.chain_with_state(text, 11, "防长", 10, "以色列总理") == "以色列防长"
    # not right after it: the chain as it stands
    assert C.chain_with_state(text, 11, "防长", 9, "以色列总理") == "防长"


def test_chain_public_flag_quoted_association_and_inherited_private_body():
    text = "“东方文化协会”主席张立新出席。"
    post, start, ends, _ = _post(text)
    assert C.chain_public_flag(text, post, start, text[start : post.end], (-1, True), ends, {}) == (False, False)
    text = "仁和医院党委书记张立新，副院长王海涛出席。"
    post, start, ends, _ = _post(text)
    chain = text[start : post.end]
    assert chain == "副院长"
    # the bodiless chain after the hospital's man is the hospital's: private, and inherited
    assert C.chain_public_flag(text, post, start, chain, (11, False), ends, {11: False}) == (False, True)
    assert C.chain_public_flag(text, post, start, chain, (11, True), ends, {11: True}) == (True, False)


def test_holder_before_reads_a_name_used_with_its_post_as_address():
    text = "王忠昆书记在会上强调，要抓落实。"
    post, start, _, _ = _post(text)
    assert C.holder_before(text, post, start, True, {}) == (0, 3, "书记", True)
    text = "副市长王海涛主持会议。"
    post, start, _, _ = _post(text)
    assert C.holder_before(text, post, start, True, {}) is None


def test_name_start_skips_a_cell_space_and_a_bracketed_portfolio():
    text = "区长 杨小菁开展调研。"
    post, start, _, starts = _post(text)
    assert (post.end, C.name_start(text, post, start)) == (2, 3)
    assert C.name_end(text, post, 3, start, True, starts, False) == 6
    text = "副处长（行动）刘明辉出席会议。"
    post, start, _, starts = _post(text)
    assert C.name_start(text, post, start) == 7
    assert C.name_end(text, post, 7, start, True, starts, False) == 10


def test_holders_elsewhere_adds_the_holders_listed_after_the_verb_and_moves_last():
    text = "出席会议的市领导有王建国、李明华、张晓东。"
    post, start, _, starts = _post(text)
    assert C.name_end(text, post, C.name_start(text, post, start), start, True, starts, False) is None
    added = []
    last = C.holders_elsewhere(text, post, start, "市领导", True, starts, (-1, True), lambda *a: added.append(a))
    assert last == (12, True)
    assert added == [(9, 12, "市领导", True), (13, 16, "市领导", True), (17, 20, "市领导", True)]
    text = "会上3名副市长分别发言。"
    post, start, _, starts = _post(text)
    assert C.holders_elsewhere(text, post, start, "副市长", True, starts, (-1, True), lambda *a: None) is None


# --- names: the readings of read_name_after (session 21's _name_after)


def test_dotted_end_answers_and_the_caller_refuses_a_building():
    assert R._dotted_end("州长阿不都·热合曼出席会议", 2) == 9
    assert R.read_name_after("州长阿不都·热合曼出席会议", 2) == 9
    assert R._dotted_end("众安·美丰大楼", 0) == 7
    assert R.read_name_after("众安·美丰大楼", 0) is None  # (a building's last character)


def test_closed_end_tells_no_name_from_no_answer():
    assert R._closed_end("副市长孙继伟主持会议。", 3, 1, False) == 6
    assert R._closed_end("书记白天走访农户", 2, 1, False) is None  # an answer: a time word, no name
    assert R.read_name_after("书记白天走访农户", 2) is None
    assert R._closed_end("县委书记多吉次仁出席会议", 4, 1, False) == R._READ_ON  # no answer: read on
    assert R.read_name_after("县委书记多吉次仁出席会议", 4) == 8


def test_given_closed_by_he_only_before_a_verb():
    single = name_lexicons()[0]
    assert R._given_closed_by_he("局长王东和说，", 2, 1, single) == 5
    assert R.read_name_after("局长王东和说，", 2) == 5
    assert R._given_closed_by_he("局长王东和县长出席", 2, 1, single) is None  # 和 joins a second person
    assert R.read_name_after("局长王东和县长出席", 2) == 4


def test_four_character_readings():
    assert R._list_item_four("代表团成员包括裴氏明怀、阮文雄等人", 7) == 11
    assert R._married_four("议员黄陈美玲说，", 2, name_lexicons()[0]) == 6
    assert R.read_name_after("议员黄陈美玲说，", 2) == 6
    # four characters before a verb of the news: after a surname of the list (多) and without one (尕)
    assert U.outside_list_end("县委书记多吉次仁出席会议", 4, 1) == 8
    assert U.outside_list_end("县委书记尕玛才仁出席会议", 4, 0) == 8


# --- attach: chains no name follows


def test_not_taken_words_negations_and_a_guests_role():
    assert A._not_taken("他担任责任编辑。", "任", 4) is True
    assert A._not_taken("他未能当选县长。", "当选", 3) is True
    assert A._not_taken("省长会见作为特使来访的客人。", "作为", 4) is True
    assert A._not_taken("张建华当选县长。", "当选", 3) is False


def test_handover_and_the_subject_before_the_verb():
    text = "陈立明接替赵国强任驻外大使。"
    assert A._handover(text, 8) == 3
    single, double = name_lexicons()[:2]
    assert A._subject_before_verb("张建华成功当选县长。", "当选", 5, "县长", {}, single, double) == (0, 3)
    assert A._subject_before_verb("王刚同志任县委书记。", "任", 4, "县委书记", {}, single, double) == (0, 2)


def test_sentence_subject_and_the_last_named_before():
    text = "刘海涛，男，汉族，1968年生，现任县长。"
    assert A._sentence_subject(text, text.index("现任")) == (0, 3)
    text = "李明，2015年至2020年任该县县长。"
    assert A._sentence_subject(text, text.index("任该")) == (0, 2)
    text = "会议由周文斌主持。他此前曾长期担任县长。"
    assert A._last_named_before(text, text.index("担任"), {"周文斌": None}) == "周文斌"
    assert A._last_named_before(text, text.index("担任"), {}) is None
