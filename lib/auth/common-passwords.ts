// A small list of passwords that top breach corpora and guessing tools try first, lower-cased.
// The policy already requires 12+ characters, so most entries are the long ones people pick to meet
// such rules. It is a speed bump, not a breach database: the length rule does most of the work.
// prettier-ignore
const list = [
  "123456", "password", "123456789", "12345678", "12345", "qwerty", "1234567", "111111",
  "1234567890", "123123", "abc123", "1234", "password1", "iloveyou", "1q2w3e4r", "000000",
  "qwerty123", "zaq12wsx", "dragon", "sunshine", "princess", "letmein", "654321", "monkey",
  "27653", "1qaz2wsx", "123321", "qwertyuiop", "superman", "asdfghjkl", "trustno1", "football",
  "baseball", "welcome", "admin", "shadow", "master", "michael", "jennifer", "hunter2", "ashley",
  "bailey", "passw0rd", "charlie", "donald", "freedom", "whatever", "qazwsx", "mustang", "696969",
  "batman", "access", "starwars", "123456789012", "1234567890123", "12345678901234",
  "123456789123", "111111111111", "000000000000", "aaaaaaaaaaaa", "121212121212", "123123123123",
  "112233445566", "987654321098", "098765432109", "123412341234", "147258369147", "password1234",
  "password12345", "password123456", "passwordpassword", "password123!", "password1234!",
  "p@ssw0rd1234", "p@ssword1234", "passw0rd1234", "passw0rd123!", "mypassword123",
  "mypassword1234", "newpassword123", "changeme1234", "changemenow!", "changeme123!",
  "qwerty123456", "qwertyuiop12", "qwertyuiop123", "qwertyuiopasdf", "qwertyuiopasdfgh",
  "qwertyqwerty", "qwerty123456!", "qwerty12345678", "asdfghjkl123", "asdfghjkl1234",
  "asdfasdfasdf", "zxcvbnm12345", "zxcvbnm123456", "zxcvbnmasdfgh", "1q2w3e4r5t6y",
  "1q2w3e4r5t6y7u", "1qaz2wsx3edc", "1qaz2wsx3edc4rfv", "zaq12wsxcde3", "qazwsxedcrfv",
  "qazwsxedc123", "q1w2e3r4t5y6", "!qaz2wsx3edc", "abc123456789", "abcdef123456", "abcdefghijkl",
  "abcd12345678", "a1b2c3d4e5f6", "iloveyou1234", "iloveyou123!", "iloveyouforever",
  "letmein12345", "letmein123456", "letmeinplease", "welcome12345", "welcome123456", "welcome123!",
  "welcometothejungle", "administrator", "administrator1", "admin1234567", "adminadmin123",
  "rootpassword", "trustno1trustno1", "football1234", "football123!", "baseball1234",
  "basketball123", "superman1234", "superman123!", "batman123456", "spiderman123", "starwars1234",
  "monkey123456", "sunshine1234", "sunshine123!", "princess1234", "princess123!", "dragon123456",
  "master123456", "shadow123456", "michael12345", "jennifer1234", "jessica12345", "charlie12345",
  "freedom12345", "whatever1234", "computer1234", "internet1234", "pokemon12345", "minecraft123",
  "liverpool123", "chelsea12345", "summer2024!!", "summer123456", "winter123456", "spring123456",
  "autumn123456", "january12345", "december1234", "monday123456", "password2023", "password2024",
  "password2025", "password2026", "welcome2024!", "welcome2025!", "welcome2026!", "doctor123456",
  "physician123", "hospital1234", "medical12345", "nurse1234567", "healthcare123", "clinic123456",
  "patient12345", "texas1234567", "houston12345", "austin123456", "dallas123456", "naltrexone12",
  "ldnclinic123", "correcthorsebatterystaple", "thequickbrownfox", "ilovemydog123",
  "ilovemycat123", "iloveyoubaby", "mylittlepony", "onetwothreefour", "opensesame123",
  "secretpassword", "supersecret1", "supersecret123", "topsecret123", "nopassword123",
  "letmein!letmein", "12qwaszx12qwaszx", "1234qwerasdf", "1234qwerasdfzxcv", "qwer1234asdf",
  "asdf1234qwer", "zxcv1234asdf", "5201314520", "11223344556677", "1122334455", "123654789123",
  "741852963741", "159753159753", "147852369147",
];

export const commonPasswords: ReadonlySet<string> = new Set(list);
