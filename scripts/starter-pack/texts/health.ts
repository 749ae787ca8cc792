import type { TextBook } from './types'

/** Health care and animal health jobs. Every sentence here is written by Career Atlas. */
export const HEALTH: TextBook = {
  '29-2072.00': {
    description:
      "Medical records specialists keep patient health files complete, correct and private. They turn doctors' notes into standard codes that insurance companies use to pay bills, and they work mostly at a computer rather than with patients.",
    tasks: [
      ['C', 'Read patient charts and check that every needed form and signature is there.'],
      ['C', 'Give each diagnosis and treatment the right billing code.'],
      ['C', 'Enter patient information into the electronic health record system.'],
      ['C', 'Protect privacy by sharing records only with people allowed to see them.'],
      ['C', 'Ask doctors or nurses to explain notes that are unclear or missing.'],
      ['S', 'Keep track of cases in a registry, such as a list of cancer patients.'],
      ['S', 'Pull numbers from records to build simple reports for the hospital.'],
      ['S', 'Keep up with changes to coding rules and insurance requirements.'],
    ],
  },
  '29-1141.00': {
    description:
      'Registered nurses care for people who are sick, hurt or recovering. They check patients, give medicine, work closely with doctors and teach families how to handle care at home.',
    tasks: [
      ['C', 'Check vital signs like blood pressure, pulse and temperature.'],
      ['C', 'Give medicines and shots the way the doctor ordered.'],
      ['C', 'Watch how patients are doing and write it in their chart.'],
      ['C', 'Explain to patients and families how to care for an illness or wound.'],
      ['C', "Work with doctors and therapists to plan each patient's care."],
      ['C', 'Clean and dress wounds and start IV lines.'],
      ['S', 'Guide nursing assistants and newer nurses on a shift.'],
      ['S', 'Run health checks and vaccine clinics in schools or communities.'],
    ],
  },
  '29-2061.00': {
    description:
      'Licensed practical nurses, also called LPNs or LVNs, give basic nursing care under registered nurses and doctors. They often work in nursing homes, clinics and home health care.',
    tasks: [
      ['C', 'Take blood pressure, temperature and other basic health readings.'],
      ['C', 'Help patients bathe, dress and move safely.'],
      ['C', 'Give some medicines and change bandages as allowed by state rules.'],
      ['C', 'Write down what they see and tell the registered nurse about changes.'],
      ['S', 'Collect samples such as urine for lab tests.'],
      ['S', 'Feed patients who need help eating and record how much they ate.'],
      ['S', "Help families understand a patient's care routine."],
    ],
  },
  '31-1131.00': {
    description:
      'Nursing assistants help patients with everyday needs in hospitals and nursing homes. They spend a lot of time with patients and are often the first to notice when something is wrong.',
    tasks: [
      ['C', 'Help patients bathe, get dressed, eat and use the bathroom.'],
      ['C', 'Turn or move patients who cannot move on their own.'],
      ['C', 'Measure vital signs and write them down.'],
      ['C', 'Tell nurses when a patient seems worse or in pain.'],
      ['S', 'Change bed sheets and keep rooms clean and safe.'],
      ['S', 'Walk with patients to help them stay active.'],
      ['S', 'Keep patients company and listen to them.'],
    ],
  },
  '31-9092.00': {
    description:
      "Medical assistants work in doctors' offices and clinics, doing both front-desk work and simple patient care. One moment they schedule visits, the next they take a patient's blood pressure.",
    tasks: [
      ['C', 'Bring patients to exam rooms and ask about the reason for their visit.'],
      ['C', 'Measure height, weight, temperature and blood pressure.'],
      ['C', 'Update health records on the computer.'],
      ['C', 'Schedule appointments and answer phone calls.'],
      ['S', 'Draw blood or collect other samples for the lab.'],
      ['S', 'Prepare exam rooms and clean medical tools.'],
      ['S', 'Help with insurance forms and billing questions.'],
    ],
  },
  '29-2042.00': {
    description:
      'Emergency medical technicians, or EMTs, are often the first help to arrive after a car crash, a fall or a sudden illness. They treat people on the spot and keep them stable on the ride to the hospital.',
    tasks: [
      ['C', 'Drive or ride in an ambulance to emergency calls.'],
      ['C', "Check a patient's breathing, pulse and injuries quickly."],
      ['C', 'Give first aid and CPR and control bleeding.'],
      ['C', 'Lift patients onto stretchers and move them safely.'],
      ['C', 'Tell hospital staff what happened and what care was given.'],
      ['S', 'Restock and clean the ambulance after each call.'],
      ['S', 'Fill out a report for every patient they treat.'],
    ],
  },
  '29-1292.00': {
    description:
      'Dental hygienists clean teeth and check for signs of gum disease and other mouth problems. They also teach patients how to brush and floss well, and they work alongside dentists.',
    tasks: [
      ['C', 'Remove plaque and tartar from teeth with special tools.'],
      ['C', 'Take dental X-rays.'],
      ['C', 'Check gums and teeth and write down anything the dentist should look at.'],
      ['C', 'Show patients how to brush, floss and eat for healthy teeth.'],
      ['S', 'Put sealants and fluoride on teeth to prevent cavities.'],
      ['S', 'Keep patient records up to date.'],
    ],
  },
  '29-2052.00': {
    description:
      'Pharmacy technicians help pharmacists fill prescriptions in drugstores and hospitals. They count pills, label bottles and help customers at the counter.',
    tasks: [
      ['C', 'Count, measure and package medicines for prescriptions.'],
      ['C', "Print and attach labels with the patient's name and directions."],
      ['C', "Take prescription requests from customers and doctors' offices."],
      ['C', 'Enter prescriptions and insurance details into the computer.'],
      ['S', 'Check shelves for expired medicines and order new supplies.'],
      ['S', 'Ring up sales and answer simple questions, sending medical ones to the pharmacist.'],
    ],
  },
  '29-2056.00': {
    description:
      'Veterinary technologists and technicians are like nurses for animals. They help vets examine, test and treat pets and other animals in clinics and animal hospitals.',
    tasks: [
      ['C', 'Hold animals gently and safely during exams and treatments.'],
      ['C', 'Take blood, urine and other samples and run lab tests.'],
      ['C', 'Take X-rays of animals.'],
      ['C', 'Help get animals ready for surgery and watch them as they wake up.'],
      ['C', 'Give shots and medicine that the vet has ordered.'],
      ['S', 'Clean teeth and care for wounds.'],
      ['S', 'Explain to owners how to care for their pet at home.'],
      ['S', 'Keep treatment records for each animal.'],
    ],
  },
  '29-1131.00': {
    description:
      'Veterinarians are doctors for animals. They find out why an animal is sick or hurt, treat it, do surgery, and help owners keep pets and farm animals healthy.',
    tasks: [
      ['C', 'Examine animals to figure out what is wrong.'],
      ['C', 'Give vaccines and prescribe medicine.'],
      ['C', 'Do surgery, from fixing broken bones to spaying and neutering.'],
      ['C', 'Order and read X-rays and lab tests.'],
      ['C', 'Advise owners on feeding, exercise and care.'],
      ['S', 'Put animals to sleep gently when nothing more can be done.'],
      ['S', 'Check farm animals and food to help keep the food supply safe.'],
      ['S', 'Lead the vet techs and office staff in a clinic.'],
    ],
  },
  '29-1051.00': {
    description:
      'Pharmacists make sure people get the right medicine in the right amount. They check prescriptions, watch for medicines that should not be mixed, and explain how to take each one.',
    tasks: [
      ['C', 'Check each prescription for the right drug, dose and directions.'],
      ['C', 'Look for harmful mixes with other medicines a patient takes.'],
      ['C', 'Explain to patients how and when to take their medicine and what side effects to watch for.'],
      ['C', "Answer doctors' and nurses' questions about medicines."],
      ['C', 'Oversee the pharmacy technicians who fill orders.'],
      ['S', 'Give flu shots and other vaccines.'],
      ['S', 'Keep careful records of strong medicines that the law tracks.'],
    ],
  },
  '29-1123.00': {
    description:
      'Physical therapists help people move better and feel less pain after an injury, surgery or illness. They build exercise plans and coach patients until they get stronger.',
    tasks: [
      ['C', 'Test how well a patient moves, balances and uses their muscles.'],
      ['C', 'Design an exercise and stretching plan for each patient.'],
      ['C', 'Guide patients through exercises and correct how they do them.'],
      ['C', 'Use heat, ice, massage or other treatments to ease pain.'],
      ['C', 'Track progress and change the plan as the patient improves.'],
      ['S', 'Teach patients how to use crutches, walkers or braces.'],
      ['S', 'Show families how to help with exercises at home.'],
    ],
  },
  '29-1215.00': {
    description:
      'Family medicine doctors care for patients of every age, from babies to grandparents. They treat common illnesses, do checkups and send patients to specialists when needed.',
    tasks: [
      ['C', 'Examine patients and ask about their health history.'],
      ['C', 'Diagnose illnesses and injuries and decide on treatment.'],
      ['C', 'Prescribe medicine and order lab tests or scans.'],
      ['C', 'Give yearly checkups and vaccines.'],
      ['C', 'Talk with patients about healthy eating, exercise and sleep.'],
      ['S', 'Refer patients to specialists and follow up afterward.'],
      ['S', 'Help patients manage long-term conditions like asthma or diabetes.'],
    ],
  },
}
