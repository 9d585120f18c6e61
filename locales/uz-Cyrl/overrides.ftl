### Cyrillic Uzbek is generated from the Latin files in locales/uz/ when the
### bot loads. A message here replaces the generated one: use it only where a
### word must be spelt differently from the transliteration rules (Russian
### loans with a soft sign, э after a consonant), and copy the whole message.
### Keep it in step with its Latin original.
