"""What the screen and the paper share, below both ui/ and handout/ (QtGui at most, no
widgets): the level vocabulary and its icons, the sentences both show, dates and sources.

    levels.py     colours, words, hints and icon shapes of the three risk levels
    review.py     whether a health worker has checked an article: its review line and
                  out-of-date notice (rule C8)
"""
